import type { AccountBarProps } from '../features/account/account-bar.js';
import type { SignInPanelProps } from '../features/account/sign-in-panel.js';
import type { AdminPageProps } from '../features/admin/admin-page.js';
import { createChunkLoader } from '../lib/create-chunk-loader.js';
import { useChunk } from '../lib/use-chunk.js';

// Team mode's parts (the sign-in form, the header's account bar, the admins' Users page): loaded
// when shown, so that single-user mode's first screen goes without them. Render them inside a LazyPart.

const signInPanelChunk = createChunkLoader(() =>
  import('../features/account/sign-in-panel.js').then((module) => module.SignInPanel),
);
const accountBarChunk = createChunkLoader(() =>
  import('../features/account/account-bar.js').then((module) => module.AccountBar),
);
const adminPageChunk = createChunkLoader(() =>
  import('../features/admin/admin-page.js').then((module) => module.AdminPage),
);

/** Starts loading the Users page: on the "Users" button's hover or focus. */
export const preloadAdminPage = adminPageChunk.preload;

/** The sign-in form, loaded when the server is in team mode and nobody is signed in. */
export function LazySignInPanel(props: SignInPanelProps) {
  const SignInPanel = useChunk(signInPanelChunk);
  return <SignInPanel {...props} />;
}

/** The signed-in email and "Sign out", loaded once signed in. */
export function LazyAccountBar(props: AccountBarProps) {
  const AccountBar = useChunk(accountBarChunk);
  return <AccountBar {...props} />;
}

/** The Users page, loaded when an administrator opens it. */
export function LazyAdminPage(props: AdminPageProps) {
  const AdminPage = useChunk(adminPageChunk);
  return <AdminPage {...props} />;
}
