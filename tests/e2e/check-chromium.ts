import { findChromium } from "./chromium";

if (!findChromium()) {
  console.error(
    [
      "Không tìm thấy Chromium cho các kiểm thử đầu-cuối (end-to-end tests need Chromium).",
      "Cài gói của Debian:   sudo apt-get update && sudo apt-get install -y chromium",
      "hoặc chỉ đường dẫn:   CHROMIUM_PATH=/path/to/chromium npm test",
    ].join("\n"),
  );
  process.exit(1);
}
