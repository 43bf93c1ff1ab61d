/** Jest global setup: chooses the browser once (unpacking the npm Chromium if that is the one). */
import { kiesBrowser } from './browser';

export default function browserKlaarzetten(): void {
  kiesBrowser();
}
