// Avres API on Azure: Function App on Flex Consumption (Node 22), Azure Database for PostgreSQL flexible server
// with Entra sign-in (the Function App's managed identity is its Entra administrator; no password auth), and
// Application Insights. The Function App also serves the built add-in from its root, so add-in and API share one
// origin. CORS has one owner, the app (functions/routes.ts: it exposes ETag, which If-Match needs): no platform
// CORS here. Deploy with `azd up`; parameters come from main.parameters.json; see the README section "Deployment".
targetScope = 'resourceGroup'

@description('Name of the azd environment; used to name resources.')
param environmentName string

@description('Location of all resources.')
param location string = resourceGroup().location

@description('Entra ID tenant that issues the tokens (AVRES_ISSUER/AVRES_JWKS_URL are derived from it).')
param entraTenantId string = subscription().tenantId

@description('Application ID URI of the API app registration (the token audience), e.g. api://avres.')
param apiAudience string

@description('Origin of the Excel add-in when hosted elsewhere (CORS), e.g. https://avres-addin.example.nl; empty: the Function App itself serves it.')
param addinOrigin string = ''

var token = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var tags = { 'azd-env-name': environmentName }
var addinHerkomst = empty(addinOrigin) ? 'https://func-${token}.azurewebsites.net' : addinOrigin

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${token}'
  location: location
  tags: tags
  properties: { sku: { name: 'PerGB2018' }, retentionInDays: 30 }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${token}'
  location: location
  tags: tags
  kind: 'web'
  properties: { Application_Type: 'web', WorkspaceResourceId: logs.id, DisableLocalAuth: true }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'st${token}'
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: { allowBlobPublicAccess: false, allowSharedKeyAccess: false, minimumTlsVersion: 'TLS1_2' }
  resource blobs 'blobServices' = {
    name: 'default'
    resource deployments 'containers' = { name: 'deployments' }
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${token}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

resource api 'Microsoft.Web/sites@2024-04-01' = {
  name: 'func-${token}'
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}deployments'
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: { maximumInstanceCount: 40, instanceMemoryMB: 2048 }
      runtime: { name: 'node', version: '22' }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: [
        { name: 'AzureWebJobsStorage__accountName', value: storage.name }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD' }
        { name: 'NODE_ENV', value: 'production' }
        { name: 'AVRES_AUTH_MODE', value: 'production' }
        { name: 'AVRES_ISSUER', value: '${environment().authentication.loginEndpoint}${entraTenantId}/v2.0' }
        { name: 'AVRES_JWKS_URL', value: '${environment().authentication.loginEndpoint}${entraTenantId}/discovery/v2.0/keys' }
        { name: 'AVRES_AUDIENCE', value: apiAudience }
        { name: 'AVRES_ADDIN_ORIGIN', value: addinHerkomst }
        { name: 'DATABASE_URL', value: 'postgres://func-${token}@${postgres.properties.fullyQualifiedDomainName}:5432/avres?sslmode=require' }
        { name: 'AVRES_DB_ENTRA', value: 'true' }
      ]
    }
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: 'psql-${token}'
  location: location
  tags: tags
  sku: { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    version: '15'
    storage: { storageSizeGB: 32 }
    authConfig: { activeDirectoryAuth: 'Enabled', passwordAuth: 'Disabled', tenantId: entraTenantId }
    backup: { backupRetentionDays: 14, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
  }
  resource database 'databases' = { name: 'avres' }
  resource azureServices 'firewallRules' = {
    name: 'AllowAzureServices'
    properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
  }
}

// The Function App's managed identity is the server's Entra administrator, so it can run the migrations.
resource pgAdmin 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = {
  parent: postgres
  name: api.identity.principalId
  properties: { principalType: 'ServicePrincipal', principalName: 'func-${token}', tenantId: entraTenantId }
  dependsOn: [ postgres::database ]
}

var blobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var metricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource storageRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, api.id, blobDataOwner)
  scope: storage
  properties: { principalId: api.identity.principalId, principalType: 'ServicePrincipal', roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataOwner) }
}

resource insightsRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(insights.id, api.id, metricsPublisher)
  scope: insights
  properties: { principalId: api.identity.principalId, principalType: 'ServicePrincipal', roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', metricsPublisher) }
}

output AZURE_FUNCTION_URL string = 'https://${api.properties.defaultHostName}/api'
output AVRES_ORIGIN string = 'https://${api.properties.defaultHostName}'
output POSTGRES_HOST string = postgres.properties.fullyQualifiedDomainName
