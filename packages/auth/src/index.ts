export { Role, roles, isRole, roleLabels, roleBindings, bindingOf, type Binding, type User } from './user.js';
export { issueUserToken, verifyUserToken, type UserTokenOptions } from './user-token.js';
export {
  signForwardedIdentity,
  verifyForwardedIdentity,
  FORWARDED_IDENTITY_HEADER,
  type ForwardedIdentity,
} from './forwarded-identity.js';
export { parseSignInRequest, SignInError, type ParseSignInOptions, type SignInRequest } from './dev-sign-in.js';
export { userTokenSecret, gatewaySecret, serviceTokenSecret } from './secrets.js';
export {
  signServiceToken,
  verifyServiceToken,
  serviceUser,
  serviceLabels,
  isServiceName,
  SERVICE_TOKEN_ISSUER,
  type ServiceIdentityName,
} from './service-token.js';
export { verifyCallerToken, type CallerTokenVerification } from './caller-token.js';
export { createOidcVerifier, userFromOidcClaims, issuerOf, type OidcSettings, type OidcClaimNames, type OidcVerifier } from './oidc.js';
