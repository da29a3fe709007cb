import type { Translator } from "@/lib/i18n";
import { EDUCATION_LEVELS, GENDERS, PARTY_MEMBERSHIPS, THEORY_LEVELS } from "@/lib/validation/learners";
import type { LearnerFormLabels, LearnerFormOptions } from "./learner-form";

/** The translated labels and choices of the learner form, for the new and edit pages. */
export function learnerFormProps(t: Translator, mode: "create" | "update"): { labels: LearnerFormLabels; options: LearnerFormOptions } {
  const f = (name: keyof LearnerFormLabels["fields"]) => t(`training.learners.fields.${name}`);
  return {
    labels: {
      fields: {
        fullName: f("fullName"),
        citizenId: f("citizenId"),
        birthDate: f("birthDate"),
        gender: f("gender"),
        ethnicity: f("ethnicity"),
        partyMembership: f("partyMembership"),
        partyJoinDate: f("partyJoinDate"),
        education: f("education"),
        theoryLevel: f("theoryLevel"),
        position: f("position"),
        workplace: f("workplace"),
        phone: f("phone"),
        email: f("email"),
      },
      hints: { citizenId: t("training.learners.hints.citizenId"), partyJoinDate: t("training.learners.hints.partyJoinDate") },
      choose: t("training.common.choose"),
      submit: t(mode === "create" ? "training.learners.submitCreate" : "training.learners.submitUpdate"),
      saving: t("common.saving"),
      cancel: t("training.learners.cancel"),
      openExisting: t("training.learners.openExisting"),
    },
    options: {
      gender: GENDERS.map((value) => ({ value, label: t(`domain.gender.${value}`) })),
      partyMembership: PARTY_MEMBERSHIPS.map((value) => ({ value, label: t(`training.enums.partyMembership.${value}`) })),
      education: EDUCATION_LEVELS.map((value) => ({ value, label: t(`training.enums.education.${value}`) })),
      theoryLevel: THEORY_LEVELS.map((value) => ({ value, label: t(`training.enums.theoryLevel.${value}`) })),
    },
  };
}
