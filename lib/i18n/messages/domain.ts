import { defineMessages } from "../define";

// Names of the domain's enumerations, shared by every screen.
export const domain = defineMessages(
  {
    role: {
      SCHOOL_LEADERSHIP: "Ban Giám hiệu",
      TRAINING_OFFICE: "Phòng Quản lý đào tạo",
      LECTURER: "Giảng viên",
      CENTER_STAFF: "Trung tâm chính trị",
      PROVINCIAL_BOARD: "Ban Tuyên giáo Tỉnh ủy",
      ADMIN: "Quản trị hệ thống",
    },
    unitKind: {
      ACADEMY: "Học viện",
      PROVINCE: "Tỉnh, thành phố",
      BOARD: "Ban Tuyên giáo",
      SCHOOL: "Trường chính trị",
      FACULTY: "Khoa",
      OFFICE: "Phòng",
      CENTER: "Trung tâm chính trị",
    },
    classStatus: {
      PLANNED: "Kế hoạch",
      APPROVED: "Đã duyệt",
      ENROLLING: "Đang tuyển sinh",
      IN_PROGRESS: "Đang học",
      FINISHED: "Đã bế giảng",
      CANCELLED: "Đã hủy",
    },
    classification: {
      XUAT_SAC: "Xuất sắc",
      GIOI: "Giỏi",
      KHA: "Khá",
      TRUNG_BINH_KHA: "Trung bình khá",
      TRUNG_BINH: "Trung bình",
      KHONG_DAT: "Không đạt",
    },
    gender: { MALE: "Nam", FEMALE: "Nữ" },
  },
  {
    role: {
      SCHOOL_LEADERSHIP: "School leadership",
      TRAINING_OFFICE: "Training office",
      LECTURER: "Lecturer",
      CENTER_STAFF: "Political center",
      PROVINCIAL_BOARD: "Provincial propaganda board",
      ADMIN: "Administrator",
    },
    unitKind: {
      ACADEMY: "Academy",
      PROVINCE: "Province",
      BOARD: "Propaganda board",
      SCHOOL: "Political school",
      FACULTY: "Faculty",
      OFFICE: "Office",
      CENTER: "Political center",
    },
    classStatus: {
      PLANNED: "Planned",
      APPROVED: "Approved",
      ENROLLING: "Enrolling",
      IN_PROGRESS: "In progress",
      FINISHED: "Finished",
      CANCELLED: "Cancelled",
    },
    classification: {
      XUAT_SAC: "Excellent",
      GIOI: "Very good",
      KHA: "Good",
      TRUNG_BINH_KHA: "Fairly average",
      TRUNG_BINH: "Average",
      KHONG_DAT: "Failed",
    },
    gender: { MALE: "Male", FEMALE: "Female" },
  },
);
