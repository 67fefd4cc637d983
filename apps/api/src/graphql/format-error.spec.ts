import { formatError } from './format-error';

describe('formatError', () => {
  it('keeps the code, message and field list of a user error', () => {
    const out = formatError({
      message: 'input.name: needs a non-empty text',
      path: ['createCompany'],
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.name', message: 'needs a non-empty text' }] },
    });
    expect(out).toEqual({
      message: 'input.name: needs a non-empty text',
      path: ['createCompany'],
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.name', message: 'needs a non-empty text' }] },
    });
  });

  it('never passes on stack traces, SQL or the message of an unexpected error', () => {
    const out = formatError({
      message: 'duplicate key value violates unique constraint "companies_pkey" in INSERT INTO companies ...',
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: at QueryRunner.query (/app/node_modules/typeorm/...)'] },
    });
    expect(out).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('treats an unknown code as internal', () => {
    expect(formatError({ message: 'secret', extensions: { code: 'SOMETHING_ELSE' } }).message).toBe('Internal server error');
  });
});
