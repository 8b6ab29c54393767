-- Reporting cycles: a period, a due date, and one structured update per item from its responsible person.
create table reporting_cycle (
    id           uuid                     not null primary key,
    community_id uuid                     not null references community (id),
    plan_id      uuid                     not null references plan (id),
    kind         varchar(20)              not null,
    period_start date                     not null,
    period_end   date                     not null,
    due_date     date                     not null,
    opened_by    uuid references user_account (id),
    opened_at    timestamp with time zone not null,
    closed_at    timestamp with time zone,
    constraint reporting_cycle_period check (period_end >= period_start)
);
create index reporting_cycle_plan on reporting_cycle (plan_id, opened_at desc);
create unique index reporting_cycle_one_open on reporting_cycle (plan_id) where closed_at is null;

create table item_update (
    id              uuid                     not null primary key,
    community_id    uuid                     not null references community (id),
    cycle_id        uuid                     not null references reporting_cycle (id),
    item_id         uuid                     not null references plan_item (id),
    author_id       uuid references user_account (id),
    status_code     varchar(40),
    progress        int,
    accomplishments varchar(4000)            not null default '',
    next_steps      varchar(4000)            not null default '',
    blockers        varchar(4000)            not null default '',
    submitted_at    timestamp with time zone not null,
    version         int                      not null,
    constraint item_update_progress check (progress is null or progress between 0 and 100),
    unique (cycle_id, item_id)
);
create index item_update_item on item_update (item_id, submitted_at desc);

-- One row per reminder sent, so that a reminder goes out once whichever node runs the job.
create table cycle_reminder (
    cycle_id uuid        not null references reporting_cycle (id),
    user_id  uuid        not null references user_account (id),
    kind     varchar(10) not null,
    sent_on  date        not null,
    primary key (cycle_id, user_id, kind, sent_on)
);
