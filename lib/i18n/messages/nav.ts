import { defineMessages } from "../define";

export const nav = defineMessages(
  {
    main: "Điều hướng chính",
    home: "Trang chủ",
    classes: "Lớp học",
    learners: "Học viên",
    users: "Tài khoản",
    units: "Đơn vị",
    audit: "Nhật ký thao tác",
    account: "Tài khoản của tôi",
    changePassword: "Đổi mật khẩu",
    switchRole: "Vai trò đang dùng",
    signedInAs: "Đăng nhập với tên {name}",
  },
  {
    main: "Main navigation",
    home: "Home",
    classes: "Classes",
    learners: "Learners",
    users: "Accounts",
    units: "Units",
    audit: "Audit log",
    account: "My account",
    changePassword: "Change password",
    switchRole: "Acting role",
    signedInAs: "Signed in as {name}",
  },
);
