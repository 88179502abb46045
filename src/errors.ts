// Entente's error hierarchy: every error has a stable `code` that tests check, and a one-line message naming the thing.

export type ErrorCode =
  | 'INPUT_EMPTY' | 'INPUT_BINARY' | 'INPUT_ENCODING' | 'INPUT_TOO_LARGE' | 'INPUT_NOT_FOUND'
  | 'INPUT_NO_ARTICLE' | 'INPUT_BAD_FEED' | 'INPUT_UNREACHABLE' | 'INPUT_HTTP' | 'EXTRACT_FAILED'
  | 'GAZETTEER_INVALID' | 'CONFIG_INVALID' | 'QUERY_UNKNOWN' | 'QUERY_PARAM_MISSING'
  | 'DB_UNREACHABLE' | 'DB_AUTH' | 'DB_NO_DATABASE' | 'DB_ERROR'
  | 'NEO4J_PORT_TAKEN' | 'NEO4J_NO_JAVA' | 'NEO4J_NO_MAVEN' | 'NEO4J_START_FAILED'
  | 'LOCKED';

export class EntenteError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** A bad article or source: reported, and the run goes on with the others. */
export class InputError extends EntenteError {
  readonly location: string;
  constructor(code: ErrorCode, location: string, reason: string, options?: { cause?: unknown }) {
    super(code, `${location}: ${reason}`, options);
    this.location = location;
  }
}

/** A broken gazetteer or rule file: stops the run at once. */
export class GazetteerError extends EntenteError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('GAZETTEER_INVALID', message, options);
  }
}

/** A bad setting: stops the run at once. */
export class ConfigError extends EntenteError {
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/** A database failure; `retriable` is copied from the driver's error. */
export class DatabaseError extends EntenteError {
  readonly retriable: boolean;
  constructor(code: ErrorCode, message: string, retriable = false, options?: { cause?: unknown }) {
    super(code, message, options);
    this.retriable = retriable;
  }
}

/** The local Neo4j launcher could not do what was asked. */
export class LauncherError extends EntenteError {}
