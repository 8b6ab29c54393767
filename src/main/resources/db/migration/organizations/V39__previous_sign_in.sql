-- The sign-in before the current one, so that the home page can say what is new since a person's last visit.
alter table user_account add column previous_sign_in_at timestamp with time zone;
