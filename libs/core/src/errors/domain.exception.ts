/** Error codes a client may see in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
  /** The operation is not allowed in the current state of its subject ("cannot approve a draft that was never submitted"). */
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

export interface FieldProblem {
  /** Dotted path of the input field, e.g. `input.location.latitude`. */
  field: string;
  message: string;
}

/** Base class of every error a domain lib throws on purpose. The API maps `code` to `extensions.code`. */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputException extends DomainException {
  constructor(fields: FieldProblem[]) {
    super(ErrorCode.BAD_USER_INPUT, fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
  }
}

export class NotFoundException extends DomainException {
  constructor(entity: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${entity} ${id} was not found`);
  }
}

export class ConflictException extends DomainException {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
  }
}

export class ForbiddenException extends DomainException {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class UnauthenticatedException extends DomainException {
  constructor(message = 'sign in first: send "Authorization: Bearer <token>" (from signIn) or an API key') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class InvalidTransitionException extends DomainException {
  constructor(message: string) {
    super(ErrorCode.INVALID_TRANSITION, message);
  }
}
