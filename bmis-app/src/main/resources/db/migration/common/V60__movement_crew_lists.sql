-- Crew lists (ADR 0016): the crew of a flight or a vessel on a day, declared by the carrier or the
-- agent and keyed in at the post. A crew member is found by document number and issuing state.
create table mov_crew_list (
  id           uuid primary key,
  post_id      uuid        not null references adm_border_post (id),
  carrier      varchar(40) not null,
  kind         varchar(8)  not null,
  direction    varchar(5)  not null,
  service_date date        not null,
  created_by   varchar(64) not null,
  created_at   timestamp with time zone not null
);
create index mov_crew_list_post_day on mov_crew_list (post_id, service_date);

create table mov_crew_member (
  crew_list_id    uuid        not null references mov_crew_list (id),
  position        integer     not null,
  document_number varchar(20) not null,
  issuing_state   varchar(3)  not null,
  name            varchar(120) not null,
  crew_function   varchar(40),
  primary key (crew_list_id, position)
);
create index mov_crew_member_document on mov_crew_member (document_number, issuing_state);
