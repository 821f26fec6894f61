-- A single-owner blog, PostgreSQL 15+.

CREATE TABLE authors (
    author_id    integer GENERATED ALWAYS AS IDENTITY,
    email        varchar(254)  NOT NULL CHECK (email = lower(email)),
    display_name varchar(100)  NOT NULL,
    bio          varchar(2000),
    created_at   timestamptz   NOT NULL DEFAULT now(),
    updated_at   timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT authors_pkey PRIMARY KEY (author_id),
    CONSTRAINT authors_email_key UNIQUE (email)
);

CREATE TABLE posts (
    post_id      integer GENERATED ALWAYS AS IDENTITY,
    author_id    integer      NOT NULL REFERENCES authors (author_id),
    slug         varchar(200) NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),  -- the URL segment
    title        varchar(200) NOT NULL,
    summary      varchar(500),
    body         text         NOT NULL,
    published_at timestamptz,                 -- NULL while the post is a draft
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT posts_pkey PRIMARY KEY (post_id),
    CONSTRAINT posts_slug_key UNIQUE (slug)
);

CREATE INDEX posts_author_id_idx ON posts (author_id);
-- The front page and the feed: published posts, newest first.
CREATE INDEX posts_published_at_idx ON posts (published_at DESC)
    INCLUDE (slug, title) WHERE published_at IS NOT NULL;

CREATE TABLE tags (
    tag_id     integer GENERATED ALWAYS AS IDENTITY,
    slug       varchar(100) NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name       varchar(100) NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT tags_pkey PRIMARY KEY (tag_id),
    CONSTRAINT tags_slug_key UNIQUE (slug),
    CONSTRAINT tags_name_key UNIQUE (name)
);

-- Rows are only ever inserted or deleted, so there is no updated_at.
CREATE TABLE post_tags (
    post_id    integer     NOT NULL REFERENCES posts (post_id) ON DELETE CASCADE,
    tag_id     integer     NOT NULL REFERENCES tags (tag_id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT post_tags_pkey PRIMARY KEY (post_id, tag_id)
);

-- The tag pages.
CREATE INDEX post_tags_tag_id_idx ON post_tags (tag_id, post_id);

CREATE TABLE comments (
    comment_id        integer GENERATED ALWAYS AS IDENTITY,
    post_id           integer       NOT NULL REFERENCES posts (post_id) ON DELETE CASCADE,
    -- NULL for a top-level comment; replies go with the comment they answer.
    parent_comment_id integer       REFERENCES comments (comment_id) ON DELETE CASCADE,
    author_name       varchar(100)  NOT NULL,
    author_email      varchar(254)  NOT NULL,  -- never shown; used to notify of replies
    body              varchar(4000) NOT NULL CHECK (body <> ''),
    status            varchar(20)   NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'approved', 'spam')),
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT comments_pkey PRIMARY KEY (comment_id)
);

-- A post's thread in order, and the foreign key to posts.
CREATE INDEX comments_post_id_created_at_idx ON comments (post_id, created_at);
CREATE INDEX comments_parent_comment_id_idx ON comments (parent_comment_id);
-- The moderation queue.
CREATE INDEX comments_pending_idx ON comments (created_at) WHERE status = 'pending';
