import type { FormsSource } from '../definition/types';

function joinUrl(baseUrl: string, file: string): string {
  return baseUrl.endsWith('/') ? baseUrl + file : `${baseUrl}/${file}`;
}

/**
 * Read definition files over HTTP (the browser's way to reach `forms/`).
 * It cannot list folders: read `forms/index.json` for the catalog instead.
 * `fetchFile` lets a page hand over responses it fetched ahead of time.
 */
export function createHttpFormsSource(
  baseUrl: string,
  fetchFile: (url: string) => Promise<Response> = (url) => fetch(url),
): FormsSource {
  return {
    list(dir) {
      return Promise.reject(
        new Error(
          `Không thể liệt kê thư mục "${dir}" qua HTTP; hãy đọc danh sách biểu mẫu từ forms/index.json.`,
        ),
      );
    },
    async read(file) {
      if (file.split('/').includes('..')) {
        throw new Error(
          `Đường dẫn "${file}" không hợp lệ: không được chứa "..".`,
        );
      }
      const response = await fetchFile(joinUrl(baseUrl, file));
      if (response.status === 404) return undefined;
      if (!response.ok) {
        throw new Error(
          `Không tải được ${file} (HTTP ${response.status}); hãy kiểm tra kết nối mạng rồi thử lại.`,
        );
      }
      // A single-page-app fallback answers missing files with index.html.
      const type = response.headers.get('content-type') ?? '';
      if (file.endsWith('.json') && type.includes('text/html')) {
        return undefined;
      }
      return response.text();
    },
  };
}
