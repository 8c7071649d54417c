/** An expected failure whose message key may be shown to the user. Anything else is logged only. */
export class UserFacingError extends Error {
  constructor(
    readonly messageKey: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(messageKey);
    this.name = "UserFacingError";
  }
}

/** A row outside the actor's scope is simply not found: no hint that it exists. */
export class NotFoundError extends UserFacingError {
  constructor() {
    super("errors.notFound");
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends UserFacingError {
  constructor() {
    super("errors.forbidden");
    this.name = "ForbiddenError";
  }
}
