import { z } from "zod";

export const PasswordSchema = z
  .string()
  .min(8, "validation.passwordWeak")
  .max(200, "validation.tooLong")
  .regex(/[A-Za-zÀ-ỹ]/, "validation.passwordWeak")
  .regex(/[0-9]/, "validation.passwordWeak");

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
    newPassword: PasswordSchema,
    confirmPassword: z.string().min(1, "validation.required"),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ["confirmPassword"], message: "validation.passwordMismatch" });
