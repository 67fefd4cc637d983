import { randomBytes } from 'node:crypto';
import { ConflictException } from '@hc/core';
import { Role, UsersService } from '@hc/identity';
import { CliError, EXIT_OK } from '../cli.errors';
import { withApplicationContext } from '../cli-context';
import { CliModule } from '../cli.module';
import { CliCommand } from '../cli-runtime';
import { withDatabase } from '../database/cli-database';

const MIN_PASSWORD = 10;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/**
 * `create-admin EMAIL`: the first admin (or another one). There is no default password: it is read
 * from stdin when piped (`printf '%s' "$PW" | npm run cli -- create-admin a@b.org`), otherwise a
 * random one is generated and printed once.
 */
export function createAdminCommand(email: string, options: { name?: string }): CliCommand {
  return (runtime) =>
    withDatabase(runtime, async (databaseUrl) => {
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new CliError(`"${email}" is not an e-mail address`);
      const piped = !process.stdin.isTTY;
      const password = piped ? await readStdin() : randomBytes(18).toString('base64url');
      if (password.length < MIN_PASSWORD) throw new CliError(`the password read from stdin has ${password.length} characters; it needs at least ${MIN_PASSWORD}`);
      const user = await withApplicationContext(CliModule.forUsers({ config: runtime.config, logger: runtime.logger, databaseUrl }), runtime.logger, (app) =>
        app
          .get(UsersService)
          .create({ email, password, displayName: options.name?.trim() || 'Administrator', role: Role.ADMIN })
          .catch((error: unknown) => {
            if (error instanceof ConflictException) throw new CliError(error.message);
            throw error;
          }),
      );
      runtime.print(`Created admin ${user.email} (${user.id}).`);
      if (!piped) {
        runtime.print(`Password (shown once; change it with the changePassword mutation): ${password}`);
      }
      runtime.warn('Sign in with the signIn mutation and send the token as "Authorization: Bearer <token>".');
      return EXIT_OK;
    });
}
