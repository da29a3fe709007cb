import { defineMessages } from "../define";

// Account management and the audit log (filled in by the accounts work).
export const admin = defineMessages({ title: "Quản trị" }, { title: "Administration" });
