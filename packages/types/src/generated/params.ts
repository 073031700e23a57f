// Generated from spec/ by `pnpm generate` (packages/types/scripts/generate.mjs). Do not edit by hand.

/**
 * Parameters of DeleteDesktop (`DELETE /v2/{project_id}/desktops/{desktop_id}`), named in camelCase.
 * `project_id` comes from the client's configuration.
 * Optional parameters left unset are not sent.
 */
export interface DeleteDesktopParams {
  /**
   * Desktop ID.
   *
   * 1 to 255 characters. Sent as the path parameter `desktop_id`.
   */
  desktopId: string;
  /**
   * Whether to delete the desktop's user as well. After the desktop is deleted, if that user has no other
   * desktop, the user is deleted when this is `true` and kept when it is `false`.
   *
   * Default `false` (applied by the server when unset). Sent as the query parameter `delete_users`.
   */
  deleteUsers?: boolean | undefined;
  /**
   * Whether to send the system notification e-mail to the desktop's user after the desktop is deleted.
   * `true` sends it, `false` does not.
   *
   * Default `true` (applied by the server when unset). Sent as the query parameter `email_notification`.
   */
  emailNotification?: boolean | undefined;
  /**
   * Whether force deletion is performed. With `true` the desktop is deleted even while another task is
   * running on it (which otherwise is refused as an operation conflict).
   *
   * Default `false` (applied by the server when unset). Sent as the query parameter `is_force_delete`.
   */
  isForceDelete?: boolean | undefined;
}
