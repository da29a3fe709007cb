import type { Role, UnitKind } from "@/lib/generated/prisma/enums";

export interface RoleChoice {
  assignmentId: string;
  role: Role;
  unitId: string;
  unitName: string;
}

/** The signed-in user acting in one of their role assignments. Read once per request on the server. */
export interface Viewer {
  userId: string;
  username: string;
  fullName: string;
  role: Role;
  assignmentId: string;
  unitId: string;
  unitName: string;
  unitKind: UnitKind;
  /** The province the acting unit belongs to (the unit itself for a province). */
  provinceId: string | null;
  /** For roles of a school (leadership, training office, lecturer): the school, even when the unit is a faculty. */
  schoolId: string | null;
  /** The school and its faculties and offices (empty for roles outside a school). */
  schoolUnitIds: string[];
  /** For lecturers: the class subjects they are assigned to teach. */
  teaching: { classId: string; subjectId: string }[];
  mustChangePassword: boolean;
  choices: RoleChoice[];
}
