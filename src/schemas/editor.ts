/**
 * `editor` in `content/campaign.yaml`: where the web editor at `/admin/` saves entries. Without it,
 * the site has no `/admin/` (and `npm run edit` says how to turn it on).
 */
import { z } from 'astro/zod';
import { httpsUrl } from './common.ts';

/** The git hosts the editor can save to, in the order the docs present them. */
export const EDITOR_BACKENDS = ['github', 'gitlab'] as const;

export type EditorBackend = (typeof EDITOR_BACKENDS)[number];

export const editorSchema = z
  .strictObject({
    backend: z.enum(EDITOR_BACKENDS).describe(`where the repository is hosted: ${EDITOR_BACKENDS.join(' or ')}`),
    repo: z
      .string()
      .regex(/^[\w.-]+(?:\/[\w.-]+)+$/, {
        error: 'is not a repository; write its owner and name, e.g. `safer-internet/sid-2020` (on GitLab, groups too: `group/sub/name`)',
      })
      .describe('the repository, `owner/name`, e.g. `safer-internet/sid-2020`'),
    branch: z
      .string()
      .regex(/^[\w./-]+$/, { error: 'is not a branch name; e.g. `main`' })
      .default('main')
      .describe('the branch the site is built from, e.g. `main`'),
    authUrl: httpsUrl
      .optional()
      .describe(
        'the https address of the sign-in service for GitHub (e.g. a Sveltia CMS Authenticator); without it, editors sign in with an access token',
      ),
    appId: z
      .string()
      .regex(/^[\w-]+$/, { error: 'is not an application id; copy it from the GitLab application’s page' })
      .optional()
      .describe('GitLab only: the id of the OAuth application that lets editors sign in with GitLab'),
  })
  .superRefine((editor, issues) => {
    if (editor.backend !== 'github' && editor.authUrl !== undefined) {
      issues.addIssue({ code: 'custom', path: ['authUrl'], message: 'is for GitHub only; on GitLab, editors sign in through `appId`' });
    }
    if (editor.backend !== 'gitlab' && editor.appId !== undefined) {
      issues.addIssue({ code: 'custom', path: ['appId'], message: 'is for GitLab only; on GitHub, editors sign in through `authUrl`' });
    }
  })
  .describe('the web editor at `/admin/`: `backend` (github or gitlab), `repo` (`owner/name`), `branch`');

export type EditorSettings = z.output<typeof editorSchema>;
