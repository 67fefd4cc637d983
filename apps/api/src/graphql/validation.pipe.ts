import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { BadUserInputException, validationProblems } from '@hc/core';

/**
 * The global strict pipe: unknown properties are rejected, values are transformed to their
 * classes, and every problem is reported as BAD_USER_INPUT naming the argument path
 * (`input.location.latitude`).
 */
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validateCustomDecorators: false,
      exceptionFactory: (errors) => new BadUserInputException(validationProblems(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof BadUserInputException && metadata.data) {
        throw new BadUserInputException(error.fields.map((f) => ({ ...f, field: `${metadata.data}.${f.field}` })));
      }
      throw error;
    }
  }
}
