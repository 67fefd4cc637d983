import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { BadUserInputException } from './domain.exception';

/** Rejects ids that are not UUIDs before they reach SQL. */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw new BadUserInputException([{ field: metadata.data ?? 'id', message: 'must be a UUID' }]);
    }
    return value;
  }
}
