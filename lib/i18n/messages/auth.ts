import { defineMessages } from "../define";

export const auth = defineMessages(
  {
    signIn: {
      title: "Đăng nhập hệ thống",
      intro: "Dùng tài khoản do quản trị viên hoặc Ban Giám hiệu cấp.",
      identifier: "Tên đăng nhập hoặc email",
      password: "Mật khẩu",
      submit: "Đăng nhập",
      submitting: "Đang đăng nhập…",
    },
    errors: {
      invalid: "Tên đăng nhập hoặc mật khẩu không đúng.",
      locked: "Tài khoản tạm khóa do đăng nhập sai quá 5 lần liên tiếp. Vui lòng thử lại sau {minutes} phút hoặc liên hệ quản trị viên.",
      inactive: "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.",
      noRole: "Tài khoản chưa được phân vai trò. Vui lòng liên hệ quản trị viên.",
      sessionExpired: "Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.",
    },
    changePassword: {
      title: "Đổi mật khẩu",
      mustChange: "Mật khẩu của bạn vừa được đặt lại. Vui lòng đổi mật khẩu trước khi tiếp tục.",
      current: "Mật khẩu hiện tại",
      next: "Mật khẩu mới",
      confirm: "Nhập lại mật khẩu mới",
      submit: "Đổi mật khẩu",
      wrongCurrent: "Mật khẩu hiện tại không đúng.",
      done: "Đã đổi mật khẩu.",
    },
  },
  {
    signIn: {
      title: "Sign in",
      intro: "Use the account given to you by the administrator or the school leadership.",
      identifier: "Username or email",
      password: "Password",
      submit: "Sign in",
      submitting: "Signing in…",
    },
    errors: {
      invalid: "Wrong username or password.",
      locked: "This account is locked after 5 failed sign-ins in a row. Try again in {minutes} minutes or contact the administrator.",
      inactive: "This account is deactivated. Contact the administrator.",
      noRole: "This account has no role yet. Contact the administrator.",
      sessionExpired: "Your session has expired. Please sign in again.",
    },
    changePassword: {
      title: "Change password",
      mustChange: "Your password was reset. Please change it before you continue.",
      current: "Current password",
      next: "New password",
      confirm: "Repeat the new password",
      submit: "Change password",
      wrongCurrent: "The current password is wrong.",
      done: "Your password was changed.",
    },
  },
);
