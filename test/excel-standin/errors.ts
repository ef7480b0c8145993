// Errors of the Excel stand-in.
//
// StandinOfficeError mirrors what office.js throws (its `_Internal.RuntimeError`, exposed to add-ins
// as `OfficeExtension.Error`): name 'RichApi.Error', a `code` from OfficeExtension.ErrorCodes /
// Excel.ErrorCodes, the host's `message`, and `debugInfo` { code, message, errorLocation?, statement? }.
// The messages below are copied from office.js 1.1.110 (node_modules/@microsoft/office-js) and from
// Microsoft's "Error handling with the application-specific JavaScript APIs" table.
//
// StandinNotImplementedError is the stand-in being honest: the add-in used something real Excel has
// but this in-memory model does not implement. It is never an Office error and must not be caught
// and shown to a user as one.

export class StandinOfficeError extends Error {
  /** Error code string, such as "InvalidArgument" (OfficeExtension.Error.code). */
  code: string;
  /** Like OfficeExtension.Error.debugInfo. */
  debugInfo: { code: string; message: string; errorLocation?: string; statement?: string; [k: string]: unknown };
  /** Trace messages added with context.trace() before the failing sync. */
  traceMessages: string[];
  innerError: unknown;
  httpStatusCode: number;

  constructor(code: string, message?: string, errorLocation?: string, statement?: string) {
    const msg = message ?? HOST_MESSAGES[code] ?? code;
    super(msg);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message: msg };
    if (errorLocation) this.debugInfo.errorLocation = errorLocation;
    if (statement) this.debugInfo.statement = statement;
    this.traceMessages = [];
    this.innerError = null;
    this.httpStatusCode = HTTP_STATUS[code] ?? 500;
  }

  toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export class StandinNotImplementedError extends Error {
  constructor(what: string) {
    super(`not implemented in the stand-in: ${what}`);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'StandinNotImplementedError';
  }
}

/** OfficeExtension.ErrorCodes (office.js client-side codes). */
export const OfficeExtensionErrorCodes = {
  accessDenied: 'AccessDenied',
  generalException: 'GeneralException',
  activityLimitReached: 'ActivityLimitReached',
  invalidObjectPath: 'InvalidObjectPath',
  propertyNotLoaded: 'PropertyNotLoaded',
  valueNotLoaded: 'ValueNotLoaded',
  invalidRequestContext: 'InvalidRequestContext',
  invalidArgument: 'InvalidArgument',
  runMustReturnPromise: 'RunMustReturnPromise',
  cannotRegisterEvent: 'CannotRegisterEvent',
  apiNotFound: 'ApiNotFound',
  connectionFailure: 'ConnectionFailure',
} as const;

/** Messages the host returns for each code (learn.microsoft.com error table; office.js resources). */
export const HOST_MESSAGES: Record<string, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ActivityLimitReached: 'Activity limit has been reached.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of the Office application.',
  Conflict: 'Request could not be processed because of a conflict.',
  GeneralException: 'There was an internal error while processing the request.',
  InsertDeleteConflict: 'The insert or delete operation attempted resulted in a conflict.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidRequest: 'Cannot process the request.',
  InvalidSelection: 'The current selection is invalid for this operation.',
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  MemoryLimitReached: 'The memory limit has been reached. Your action could not be completed.',
  NotImplemented: "The requested feature isn't implemented.",
  RequestAborted: 'The request was aborted during run time.',
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.',
  RangeExceedsLimit:
    'The cell count in the range has exceeded the maximum supported number. See the Resource limits and performance optimization for Office Add-ins article for more information.',
  ServiceNotAvailable: 'The service is unavailable.',
  UnsupportedOperation: 'The operation being attempted is not supported.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
};

const HTTP_STATUS: Record<string, number> = {
  AccessDenied: 401,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  InvalidRequestContext: 400,
  ValueNotLoaded: 400,
  PropertyNotLoaded: 400,
  ApiNotFound: 404,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
};

// --- client-side errors, thrown synchronously by office.js itself -------------------------------

/** office.js: Utility.createPropertyNotLoadedException. */
export function propertyNotLoaded(typeName: string, property: string): StandinOfficeError {
  return new StandinOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

/** office.js: ClientResult.value read before sync. */
export function valueNotLoaded(): StandinOfficeError {
  return new StandinOfficeError(
    'ValueNotLoaded',
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  );
}

/** office.js: CommonUtility.throwIfApiNotSupported (ApiNotFoundDetails). */
export function apiNotFound(apiFullName: string, setName: string, version: string): StandinOfficeError {
  return new StandinOfficeError(
    'ApiNotFound',
    `The method or property ${apiFullName} is part of the ${setName} ${version} requirement set, which is not available in your version of Excel.`,
    apiFullName,
  );
}

/** office.js: InvalidObjectPath (object used after its Excel.run finished). */
export function invalidObjectPath(path: string): StandinOfficeError {
  return new StandinOfficeError(
    'InvalidObjectPath',
    `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    path,
  );
}

export function invalidArgument(detail: string, location?: string): StandinOfficeError {
  return new StandinOfficeError('InvalidArgument', `${HOST_MESSAGES.InvalidArgument} (${detail})`, location);
}
