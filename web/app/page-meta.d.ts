declare module '#app' {
  interface PageMeta {
    /** Open without a session (the sign-in page). */
    public?: boolean;
    /** The plugin this page belongs to; the page is gone while the tenant has it disabled. */
    plugin?: string;
    /** A permission the account must hold. */
    permission?: string;
    /** At least one of these permissions. */
    anyPermission?: string[];
    /** Only for the platform admin. */
    platformAdmin?: boolean;
    /** Only for accounts of a tenant (not the platform admin). */
    tenantOnly?: boolean;
    /** A page of the employee portal: only employee accounts open it, and they open only these. */
    portal?: boolean;
  }
}

export {};
