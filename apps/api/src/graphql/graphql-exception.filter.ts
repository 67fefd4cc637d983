import { ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { DomainException, ErrorCode } from '@hc/core';
import type { AppLogger } from '@hc/core';
import { GraphQLError } from 'graphql';

const HTTP_TO_CODE: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
};

/**
 * The one place where errors become GraphQL errors. Domain errors keep their code and message;
 * anything unexpected is logged with its stack and answered with a generic message, so neither
 * stack traces nor SQL reach a client.
 */
@Catch()
export class GraphQLExceptionFilter implements GqlExceptionFilter {
  constructor(private readonly logger: AppLogger) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') {
      if (exception instanceof HttpException) throw exception;
      this.logger.error({ err: exception }, 'unhandled error outside GraphQL');
      throw exception;
    }
    if (exception instanceof DomainException) {
      return new GraphQLError(exception.message, {
        extensions: { code: exception.code, ...(exception.fields.length ? { fields: exception.fields } : {}) },
      });
    }
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof HttpException && HTTP_TO_CODE[exception.getStatus()]) {
      return new GraphQLError(exception.message, { extensions: { code: HTTP_TO_CODE[exception.getStatus()] } });
    }
    const info = GqlArgumentsHost.create(host).getInfo<{ fieldName?: string } | undefined>();
    this.logger.error({ err: exception, field: info?.fieldName }, 'unexpected error in a GraphQL resolver');
    return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}
