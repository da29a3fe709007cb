import { RoleHomePage } from "../role-home-page";

export default function Page() {
  return <RoleHomePage roles={["SCHOOL_LEADERSHIP", "TRAINING_OFFICE"]} />;
}
