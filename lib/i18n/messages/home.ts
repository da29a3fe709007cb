import { defineMessages } from "../define";

export const home = defineMessages(
  {
    landing: {
      title: "Hệ thống quản lý đào tạo, bồi dưỡng cán bộ",
      intro: "Kế hoạch năm, lớp học, học viên, điểm và văn bằng của trường chính trị tỉnh và các trung tâm chính trị; báo cáo cụm thi đua và kiểm tra của Ban Tuyên giáo Tỉnh ủy — trên một hệ thống.",
      forSchool: "Trường chính trị: lập kế hoạch, mở lớp, phân công giảng viên, chốt điểm, cấp bằng.",
      forCenter: "Trung tâm chính trị: tiếp nhận học viên, điểm danh, nhập điểm.",
      forBoard: "Ban Tuyên giáo: theo dõi thực hiện kế hoạch, kiểm tra và kiến nghị.",
      cta: "Đăng nhập để bắt đầu",
    },
    role: {
      greeting: "Xin chào, {name}",
      actingAs: "{role} · {unit}",
      classesByStatus: "Lớp học theo trạng thái",
      learners: "Học viên",
      classes: "Lớp học",
      sheetsOpen: "Bảng điểm chưa chốt",
      sheetsFinalized: "Bảng điểm đã chốt",
      users: "Tài khoản",
      units: "Đơn vị",
      lockedUsers: "Tài khoản đang bị khóa",
      recentSignIns: "Đăng nhập gần đây",
      teaching: "Lớp – học phần được phân công",
      nothingYet: "Chưa có số liệu trong phạm vi của bạn.",
    },
  },
  {
    landing: {
      title: "Cadre training management system",
      intro: "Annual plans, classes, learners, grades and certificates of the provincial political school and the political centers; emulation-cluster reports and the propaganda board's inspections — in one system.",
      forSchool: "Political school: plan, open classes, assign lecturers, finalize grades, issue certificates.",
      forCenter: "Political centers: register learners, take attendance, enter grades.",
      forBoard: "Propaganda board: follow the plan, inspect and follow up recommendations.",
      cta: "Sign in to start",
    },
    role: {
      greeting: "Hello, {name}",
      actingAs: "{role} · {unit}",
      classesByStatus: "Classes by status",
      learners: "Learners",
      classes: "Classes",
      sheetsOpen: "Grade sheets not finalized",
      sheetsFinalized: "Finalized grade sheets",
      users: "Accounts",
      units: "Units",
      lockedUsers: "Locked accounts",
      recentSignIns: "Recent sign-ins",
      teaching: "Assigned class subjects",
      nothingYet: "No figures in your scope yet.",
    },
  },
);
