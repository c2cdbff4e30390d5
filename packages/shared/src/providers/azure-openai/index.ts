export { azureOpenAiAdapter } from './azure-openai-adapter.js';
export { mapAzureOpenAiError } from './map-azure-openai-error.js';
export { AZURE_DEFAULT_API_VERSION, azureDeploymentUrl } from './to-azure-openai-request.js';
