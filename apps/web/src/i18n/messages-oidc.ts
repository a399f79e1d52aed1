/** The words of signing in through the organisation's identity provider (OpenID Connect). */
export const OIDC_VI = {
  oidcSignIn: 'Đăng nhập bằng tài khoản của cơ quan',
  oidcSignInExplain:
    'Dùng tài khoản do cơ quan cấp: bạn sẽ được chuyển tới trang đăng nhập của cơ quan rồi quay lại đây.',
  oidcRedirecting: 'Đang chuyển tới trang đăng nhập của cơ quan…',
  oidcDevelopmentToken: 'Đăng nhập bằng mã xác thực (dành cho người phát triển)',
  oidcCallbackTitle: 'Hoàn tất đăng nhập',
  oidcCompleting: 'Đang hoàn tất đăng nhập…',
  oidcFailed: 'Không đăng nhập được',
  oidcProviderUnreachable:
    'Không kết nối được với hệ thống đăng nhập của cơ quan. Hãy kiểm tra mạng rồi thử lại.',
  oidcRefused: 'Hệ thống đăng nhập của cơ quan đã từ chối yêu cầu đăng nhập.',
  oidcNoRequest:
    'Không có yêu cầu đăng nhập nào đang chờ trong thẻ trình duyệt này (có thể trang đã được tải lại hoặc mở từ một liên kết). Hãy đăng nhập lại.',
  oidcStateMismatch:
    'Phản hồi đăng nhập không khớp với yêu cầu mà thẻ này đã gửi (tham số state sai), nên bị từ chối. Hãy đăng nhập lại.',
  oidcTokenInvalid:
    'Mã xác thực nhận được từ hệ thống đăng nhập không dùng được: máy chủ chidao không chấp nhận nó.',
  oidcDetail: 'Chi tiết',
  oidcBackToSignIn: 'Quay lại trang đăng nhập',
} as const

export const OIDC_EN: Record<keyof typeof OIDC_VI, string> = {
  oidcSignIn: "Sign in with your organisation's account",
  oidcSignInExplain:
    "Use the account your organisation gave you: you go to your organisation's sign-in page and come back here.",
  oidcRedirecting: "Going to your organisation's sign-in page…",
  oidcDevelopmentToken: 'Sign in with a token (for developers)',
  oidcCallbackTitle: 'Finishing sign-in',
  oidcCompleting: 'Finishing sign-in…',
  oidcFailed: 'Could not sign in',
  oidcProviderUnreachable:
    "Your organisation's sign-in service could not be reached. Check the network and try again.",
  oidcRefused: "Your organisation's sign-in service refused the sign-in.",
  oidcNoRequest:
    'No sign-in is under way in this browser tab (the page may have been reloaded or opened from a link). Sign in again.',
  oidcStateMismatch:
    'The sign-in answer does not match the request this tab sent (wrong state parameter), so it was refused. Sign in again.',
  oidcTokenInvalid:
    'The token received from the sign-in service cannot be used: the chidao server does not accept it.',
  oidcDetail: 'Details',
  oidcBackToSignIn: 'Back to sign-in',
}
