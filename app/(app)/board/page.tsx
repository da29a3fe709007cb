import { RoleHomePage } from "../role-home-page";

export default function Page() {
  return <RoleHomePage roles={["PROVINCIAL_BOARD"]} />;
}
