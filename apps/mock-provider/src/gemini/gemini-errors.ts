export type GoogleErrorBody = {
  error: { code: number; message: string; status: string; details?: unknown[] };
};

// google.rpc.Code names by HTTP status, with the Gemini API's usual messages.
const STATUS_ERRORS: Record<number, { status: string; message: string }> = {
  400: { status: 'INVALID_ARGUMENT', message: 'Request contains an invalid argument.' },
  401: { status: 'UNAUTHENTICATED', message: 'Request had invalid authentication credentials.' },
  403: { status: 'PERMISSION_DENIED', message: 'The caller does not have permission' },
  404: { status: 'NOT_FOUND', message: 'Requested entity was not found.' },
  409: { status: 'ABORTED', message: 'The operation was aborted.' },
  429: { status: 'RESOURCE_EXHAUSTED', message: 'Resource has been exhausted (e.g. check quota).' },
  499: { status: 'CANCELLED', message: 'The operation was cancelled.' },
  500: {
    status: 'INTERNAL',
    message:
      'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
  },
  503: { status: 'UNAVAILABLE', message: 'The model is overloaded. Please try again later.' },
  504: {
    status: 'DEADLINE_EXCEEDED',
    message: 'Deadline expired before operation could complete.',
  },
};

export function googleError(code: number, message?: string, details?: unknown[]): GoogleErrorBody {
  const known = STATUS_ERRORS[code] ?? {
    status: code >= 500 ? 'INTERNAL' : 'FAILED_PRECONDITION',
    message: `Error ${code}`,
  };
  return {
    error: {
      code,
      message: message ?? known.message,
      status: known.status,
      ...(details !== undefined ? { details } : {}),
    },
  };
}

export const GEMINI_ERRORS = {
  missingKey: () =>
    googleError(
      403,
      "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
    ),
  invalidKey: () =>
    googleError(400, 'API key not valid. Please pass a valid API key.', [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'API_KEY_INVALID',
        domain: 'googleapis.com',
        metadata: { service: 'generativelanguage.googleapis.com' },
      },
      {
        '@type': 'type.googleapis.com/google.rpc.LocalizedMessage',
        locale: 'en-US',
        message: 'API key not valid. Please pass a valid API key.',
      },
    ]),
  modelNotFound: (model: string, version: string, method: string) =>
    googleError(
      404,
      `models/${model} is not found for API version ${version}, or is not supported for ${method}. Call ListModels to see the list of available models and their supported methods.`,
    ),
};
