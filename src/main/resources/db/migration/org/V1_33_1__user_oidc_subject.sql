-- Single sign-on (docs/sso.md): the OpenID Connect identity a user signed in with, as issuer and subject (the
-- provider's stable id, not the username, which the provider may let people change). Linked on the first sign-in
-- through the provider; one identity signs in as one user at most.
alter table app_user add column oidc_issuer  varchar(500);
alter table app_user add column oidc_subject varchar(255);
alter table app_user add constraint app_user_oidc_both check ((oidc_issuer is null) = (oidc_subject is null));
create unique index app_user_oidc_identity on app_user (oidc_issuer, oidc_subject) where oidc_subject is not null;
