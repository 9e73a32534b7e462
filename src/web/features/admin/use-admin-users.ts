import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../../core/errors.js';
import type { AdminUser, CreateUserRequest } from '../../../core/schemas/admin-users.js';
import type { OrganisationBudget } from '../../../core/schemas/public-config.js';
import { isApiError } from '../../lib/api-error.js';
import { addUser } from './api/add-user.js';
import { listUsers } from './api/list-users.js';
import { setUserDisabled } from './api/set-user-disabled.js';

export type AdminUsers = {
  /** Every account, oldest first; null until the first list has arrived. */
  users: AdminUser[] | null;
  /** The organisation's budgets and spending as of the last list; null when none is set (or not yet listed). */
  organisation: OrganisationBudget | null;
  loadError: ApiErrorBody | null;
  refresh(): Promise<void>;
  /** Creates an account and lists it; throws ApiError (e.g. `invalid_input` on `email`). */
  add(request: CreateUserRequest): Promise<AdminUser>;
  /** Disables or enables an account and shows its new state; throws ApiError when refused. */
  setDisabled(id: string, disabled: boolean): Promise<AdminUser>;
};

function toBody(error: unknown): ApiErrorBody {
  return isApiError(error) ? error.toBody() : { code: 'internal', message: 'The list of users could not be read.' };
}

/** The accounts of this server, for the admin page: listed once, updated by each action's answer. */
export function useAdminUsers(): AdminUsers {
  const [users, setUsers] = useState<AdminUser[] | null>(null);
  const [organisation, setOrganisation] = useState<OrganisationBudget | null>(null);
  const [loadError, setLoadError] = useState<ApiErrorBody | null>(null);

  const refresh = useCallback(async () => {
    try {
      const list = await listUsers();
      setUsers(list.users);
      setOrganisation(list.organisation);
      setLoadError(null);
    } catch (error) {
      setLoadError(toBody(error));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const add = useCallback(async (request: CreateUserRequest) => {
    const created = await addUser(request);
    setUsers((current) => [...(current ?? []).filter((user) => user.id !== created.id), created]);
    return created;
  }, []);

  const setDisabled = useCallback(async (id: string, disabled: boolean) => {
    const updated = await setUserDisabled(id, disabled);
    setUsers((current) => current?.map((user) => (user.id === updated.id ? updated : user)) ?? null);
    return updated;
  }, []);

  return { users, organisation, loadError, refresh, add, setDisabled };
}
