-- A single-owner blog, MySQL 8.0.16+ / MariaDB 10.11 (InnoDB).
-- The server runs with time_zone = '+00:00', so CURRENT_TIMESTAMP(6) is UTC.

CREATE TABLE authors (
    author_id    INT UNSIGNED  NOT NULL AUTO_INCREMENT,
    email        VARCHAR(254)  NOT NULL,
    display_name VARCHAR(100)  NOT NULL,
    bio          VARCHAR(2000) NULL,
    created_at   DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (author_id),
    UNIQUE KEY uq_authors_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE posts (
    post_id      INT UNSIGNED NOT NULL AUTO_INCREMENT,
    author_id    INT UNSIGNED NOT NULL,
    slug         VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,  -- the URL segment
    title        VARCHAR(200) NOT NULL,
    summary      VARCHAR(500) NULL,
    body         MEDIUMTEXT   NOT NULL,
    published_at DATETIME(6)  NULL,        -- NULL while the post is a draft
    created_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (post_id),
    UNIQUE KEY uq_posts_slug (slug),
    KEY ix_posts_author_id (author_id),
    KEY ix_posts_published_at (published_at),  -- the front page and the feed
    CONSTRAINT fk_posts_author FOREIGN KEY (author_id) REFERENCES authors (author_id),
    CONSTRAINT ck_posts_slug CHECK (slug REGEXP '^[a-z0-9]+(-[a-z0-9]+)*$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE tags (
    tag_id     INT UNSIGNED NOT NULL AUTO_INCREMENT,
    slug       VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name       VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (tag_id),
    UNIQUE KEY uq_tags_slug (slug),
    UNIQUE KEY uq_tags_name (name),
    CONSTRAINT ck_tags_slug CHECK (slug REGEXP '^[a-z0-9]+(-[a-z0-9]+)*$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Rows are only ever inserted or deleted, so there is no updated_at.
CREATE TABLE post_tags (
    post_id    INT UNSIGNED NOT NULL,
    tag_id     INT UNSIGNED NOT NULL,
    created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (post_id, tag_id),
    KEY ix_post_tags_tag_id (tag_id, post_id),  -- the tag pages
    CONSTRAINT fk_post_tags_post FOREIGN KEY (post_id) REFERENCES posts (post_id) ON DELETE CASCADE,
    CONSTRAINT fk_post_tags_tag FOREIGN KEY (tag_id) REFERENCES tags (tag_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE comments (
    comment_id        INT UNSIGNED  NOT NULL AUTO_INCREMENT,
    post_id           INT UNSIGNED  NOT NULL,
    parent_comment_id INT UNSIGNED  NULL,      -- NULL for a top-level comment
    author_name       VARCHAR(100)  NOT NULL,
    author_email      VARCHAR(254)  NOT NULL,  -- never shown; used to notify of replies
    body              VARCHAR(4000) NOT NULL,
    status            VARCHAR(20)   NOT NULL DEFAULT 'pending',
    created_at        DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (comment_id),
    KEY ix_comments_post_created (post_id, created_at),  -- a post's thread in order
    KEY ix_comments_parent (parent_comment_id),
    KEY ix_comments_status_created (status, created_at), -- the moderation queue
    CONSTRAINT fk_comments_post FOREIGN KEY (post_id) REFERENCES posts (post_id) ON DELETE CASCADE,
    -- Replies go with the comment they answer (InnoDB checks a self-reference row by row).
    CONSTRAINT fk_comments_parent FOREIGN KEY (parent_comment_id) REFERENCES comments (comment_id) ON DELETE CASCADE,
    CONSTRAINT ck_comments_status CHECK (status IN ('pending', 'approved', 'spam')),
    CONSTRAINT ck_comments_body CHECK (CHAR_LENGTH(body) > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
