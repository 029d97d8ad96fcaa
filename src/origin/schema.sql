CREATE TABLE account_flags (
	id INTEGER NOT NULL, 
	account VARCHAR(200) NOT NULL, 
	action VARCHAR(16) NOT NULL, 
	banned_account VARCHAR(200) NOT NULL, 
	identity_type VARCHAR(16) NOT NULL, 
	reason TEXT NOT NULL, 
	at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE account_identities (
	id INTEGER NOT NULL, 
	account VARCHAR(200) NOT NULL, 
	type VARCHAR(16) NOT NULL, 
	value_hash VARCHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (account, type, value_hash), 
	FOREIGN KEY(account) REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE TABLE account_links (
	id INTEGER NOT NULL, 
	a VARCHAR(200) NOT NULL, 
	b VARCHAR(200) NOT NULL, 
	type VARCHAR(16) NOT NULL, 
	strength FLOAT NOT NULL, 
	source VARCHAR(16) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (a, b, type), 
	FOREIGN KEY(a) REFERENCES accounts (id) ON DELETE CASCADE, 
	FOREIGN KEY(b) REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE TABLE accounts (
	id VARCHAR(200) NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	legal_entity VARCHAR(200), 
	name VARCHAR(200), 
	status VARCHAR(16) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

CREATE TABLE api_keys (
	id VARCHAR(32) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	role VARCHAR(16) NOT NULL, 
	claimant VARCHAR(200), 
	secret_sha256 VARCHAR(64) NOT NULL, 
	created_at DATETIME NOT NULL, 
	revoked_at DATETIME, expires_at DATETIME, 
	PRIMARY KEY (id)
);

CREATE TABLE audit_log (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	actor VARCHAR(200) NOT NULL, 
	entity VARCHAR(32) NOT NULL, 
	entity_id VARCHAR(200) NOT NULL, 
	action VARCHAR(64) NOT NULL, 
	from_state VARCHAR(32), 
	to_state VARCHAR(32), 
	why TEXT, 
	data TEXT, 
	PRIMARY KEY (id)
);

CREATE TABLE brand_authorized (
	brand_id INTEGER NOT NULL, 
	account VARCHAR(200) NOT NULL, 
	PRIMARY KEY (brand_id, account), 
	FOREIGN KEY(brand_id) REFERENCES brand_marks (id) ON DELETE CASCADE
);

CREATE TABLE brand_hits (
	id INTEGER NOT NULL, 
	record_id VARCHAR(200) NOT NULL, 
	account VARCHAR(200), 
	brand_id INTEGER NOT NULL, 
	via VARCHAR(16) NOT NULL, 
	field VARCHAR(16) NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	matched TEXT NOT NULL, 
	evasions TEXT NOT NULL, 
	signals TEXT NOT NULL, 
	score INTEGER NOT NULL, 
	decision VARCHAR(16) NOT NULL, 
	rule VARCHAR(64) NOT NULL, 
	scanned_at DATETIME NOT NULL, 
	scanned_day VARCHAR(10) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(record_id) REFERENCES brand_scan_results (record_id) ON DELETE CASCADE, 
	FOREIGN KEY(brand_id) REFERENCES brand_marks (id) ON DELETE CASCADE
);

CREATE TABLE brand_marks (
	id INTEGER NOT NULL, 
	mark VARCHAR(200) NOT NULL, 
	owner VARCHAR(200) NOT NULL, 
	common_word BOOLEAN NOT NULL, 
	added_at DATETIME NOT NULL, price_floor INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (owner, mark)
);

CREATE TABLE brand_scan_results (
	record_id VARCHAR(200) NOT NULL, 
	account VARCHAR(200), 
	decision VARCHAR(16) NOT NULL, 
	rule VARCHAR(64) NOT NULL, 
	absolute_terms TEXT NOT NULL, 
	ticket_id VARCHAR(32), 
	scanned_at DATETIME NOT NULL, 
	scanned_day VARCHAR(10) NOT NULL, 
	PRIMARY KEY (record_id)
);

CREATE TABLE brand_terms (
	id INTEGER NOT NULL, 
	brand_id INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	text VARCHAR(200) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (brand_id, kind, text), 
	FOREIGN KEY(brand_id) REFERENCES brand_marks (id) ON DELETE CASCADE
);

CREATE TABLE complaints (
	id VARCHAR(32) NOT NULL, 
	claimant VARCHAR(200) NOT NULL, 
	agent VARCHAR(200), 
	kind VARCHAR(16) NOT NULL, 
	work TEXT NOT NULL, 
	jurisdiction VARCHAR(8) NOT NULL, 
	notice TEXT NOT NULL, 
	received_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE declarations (
	id VARCHAR(32) NOT NULL, 
	original_id VARCHAR(32) NOT NULL, 
	declarant VARCHAR(200) NOT NULL, 
	state VARCHAR(16) NOT NULL, 
	declared_at DATETIME NOT NULL, 
	decided_at DATETIME, 
	decided_by VARCHAR(200), 
	reason TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(original_id) REFERENCES originals (id) ON DELETE CASCADE
);

CREATE TABLE joint_decisions (
	id INTEGER NOT NULL, 
	ticket_id VARCHAR(32) NOT NULL, 
	origin_account VARCHAR(200) NOT NULL, 
	account VARCHAR(200) NOT NULL, 
	decision VARCHAR(16) NOT NULL, 
	score FLOAT NOT NULL, 
	threshold FLOAT NOT NULL, 
	depth INTEGER NOT NULL, 
	path_strength FLOAT NOT NULL, 
	path TEXT NOT NULL, 
	evidence TEXT NOT NULL, 
	penalty_entry_id INTEGER, 
	decided_by VARCHAR(200) NOT NULL, 
	decided_at DATETIME NOT NULL, 
	reversed_at DATETIME, 
	reversed_reason TEXT, 
	PRIMARY KEY (id), 
	UNIQUE (ticket_id, account), 
	FOREIGN KEY(ticket_id) REFERENCES tickets (id) ON DELETE CASCADE, 
	FOREIGN KEY(penalty_entry_id) REFERENCES penalty_entries (id) ON DELETE SET NULL
);

CREATE TABLE match_decisions (
	upload_id VARCHAR(32) NOT NULL, 
	original_id VARCHAR(32) NOT NULL, 
	decision VARCHAR(16) NOT NULL, 
	exposure FLOAT NOT NULL, 
	rule VARCHAR(120) NOT NULL, 
	ticket_id VARCHAR(32), 
	decided_at DATETIME NOT NULL, 
	PRIMARY KEY (upload_id, original_id), 
	FOREIGN KEY(upload_id) REFERENCES uploads (id) ON DELETE CASCADE, 
	FOREIGN KEY(original_id) REFERENCES originals (id) ON DELETE CASCADE
);

CREATE TABLE matches (
	id INTEGER NOT NULL, 
	upload_id VARCHAR(32) NOT NULL, 
	original_id VARCHAR(32) NOT NULL, 
	score FLOAT NOT NULL, 
	coverage_upload FLOAT NOT NULL, 
	coverage_original FLOAT NOT NULL, 
	matched_seconds FLOAT NOT NULL, 
	segments TEXT NOT NULL, 
	scanned_at DATETIME NOT NULL, channel VARCHAR(16) DEFAULT 'video' NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (upload_id, original_id), 
	FOREIGN KEY(upload_id) REFERENCES uploads (id) ON DELETE CASCADE, 
	FOREIGN KEY(original_id) REFERENCES originals (id) ON DELETE CASCADE
);

CREATE TABLE music_licences (
	id INTEGER NOT NULL, 
	owner VARCHAR(200) NOT NULL, 
	licensee VARCHAR(200), 
	platform_library BOOLEAN DEFAULT 0 NOT NULL, 
	until DATETIME, 
	granted_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE original_contents (
	"key" INTEGER NOT NULL, 
	content BLOB NOT NULL, 
	PRIMARY KEY ("key"), 
	FOREIGN KEY("key") REFERENCES originals ("key") ON DELETE CASCADE
);

CREATE TABLE original_keypoints (
	"key" INTEGER NOT NULL, 
	keypoints BLOB NOT NULL, 
	PRIMARY KEY ("key"), 
	FOREIGN KEY("key") REFERENCES originals ("key") ON DELETE CASCADE
);

CREATE TABLE original_layouts (
	"key" INTEGER NOT NULL, 
	layout BLOB NOT NULL, 
	PRIMARY KEY ("key"), 
	FOREIGN KEY("key") REFERENCES originals ("key") ON DELETE CASCADE
);

CREATE TABLE originals (
	"key" INTEGER NOT NULL, 
	id VARCHAR(32) NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	path TEXT NOT NULL, 
	title TEXT, 
	owner VARCHAR(200), 
	published_at DATETIME NOT NULL, 
	duration FLOAT NOT NULL, 
	frame_count INTEGER NOT NULL, 
	times BLOB NOT NULL, 
	codes BLOB NOT NULL, 
	view_count INTEGER NOT NULL, 
	state VARCHAR(16) NOT NULL, 
	added_at DATETIME NOT NULL, audio_peaks BLOB, audio_duration FLOAT, audio_state VARCHAR(16), 
	PRIMARY KEY ("key"), 
	UNIQUE (id), 
	UNIQUE (sha256)
);

CREATE TABLE penalty_entries (
	id INTEGER NOT NULL, 
	account VARCHAR(200) NOT NULL, 
	severity VARCHAR(16) NOT NULL, 
	points INTEGER NOT NULL, 
	strike BOOLEAN NOT NULL, 
	ticket_id VARCHAR(32), 
	reason TEXT NOT NULL, 
	at DATETIME NOT NULL, 
	reversed_at DATETIME, 
	reversed_reason TEXT, 
	PRIMARY KEY (id)
);

CREATE TABLE service_scans (
	id VARCHAR(32) NOT NULL, 
	key_id VARCHAR(32) NOT NULL, 
	state VARCHAR(16) NOT NULL, 
	request TEXT NOT NULL, 
	total INTEGER NOT NULL, 
	done INTEGER NOT NULL, 
	results TEXT NOT NULL, 
	error TEXT, 
	created_at DATETIME NOT NULL, 
	finished_at DATETIME, 
	PRIMARY KEY (id)
);

CREATE TABLE sound_overlaps (
	"key" INTEGER NOT NULL, 
	other INTEGER NOT NULL, 
	start_s FLOAT NOT NULL, 
	end_s FLOAT NOT NULL, 
	other_start_s FLOAT NOT NULL, 
	other_end_s FLOAT NOT NULL, 
	PRIMARY KEY ("key", other, start_s), 
	FOREIGN KEY("key") REFERENCES originals ("key") ON DELETE CASCADE, 
	FOREIGN KEY(other) REFERENCES originals ("key") ON DELETE CASCADE
);

CREATE TABLE tickets (
	id VARCHAR(32) NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	source VARCHAR(16) NOT NULL, 
	state VARCHAR(32) NOT NULL, 
	outcome VARCHAR(16), 
	upload_id VARCHAR(32) NOT NULL, 
	original_id VARCHAR(32), 
	complaint_id VARCHAR(32), 
	claimant VARCHAR(200), 
	accused VARCHAR(200), 
	roles_flipped BOOLEAN NOT NULL, 
	review_reason TEXT, 
	rule VARCHAR(120), 
	measure VARCHAR(16) NOT NULL, 
	exposure FLOAT NOT NULL, 
	strike VARCHAR(16), 
	jurisdiction VARCHAR(8) NOT NULL, 
	received_at DATETIME NOT NULL, 
	due_at DATETIME NOT NULL, 
	handled_at DATETIME, 
	restore_due_at DATETIME, 
	updated_at DATETIME NOT NULL, claimant_account VARCHAR(200), 
	PRIMARY KEY (id), 
	FOREIGN KEY(upload_id) REFERENCES uploads (id) ON DELETE CASCADE, 
	FOREIGN KEY(original_id) REFERENCES originals (id) ON DELETE SET NULL, 
	FOREIGN KEY(complaint_id) REFERENCES complaints (id) ON DELETE SET NULL
);

CREATE TABLE "uploads" (
	id VARCHAR(32) NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	path TEXT NOT NULL, 
	uploader VARCHAR(200), 
	uploaded_at DATETIME, 
	duration FLOAT, 
	scanned_at DATETIME NOT NULL, 
	scanned_against VARCHAR(64), 
	scan_json TEXT, music_from_library BOOLEAN, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_account_flags_account ON account_flags (account);

CREATE INDEX ix_account_identities_value ON account_identities (value_hash, type);

CREATE INDEX ix_account_links_b ON account_links (b);

CREATE INDEX ix_accounts_legal_entity ON accounts (legal_entity);

CREATE INDEX ix_audit_entity ON audit_log (entity, entity_id);

CREATE INDEX ix_brand_authorized_account ON brand_authorized (account);

CREATE INDEX ix_brand_hits_account ON brand_hits (account);

CREATE INDEX ix_brand_hits_brand_id ON brand_hits (brand_id);

CREATE INDEX ix_brand_hits_decision ON brand_hits (decision);

CREATE INDEX ix_brand_hits_record_id ON brand_hits (record_id);

CREATE INDEX ix_brand_hits_scanned_day ON brand_hits (scanned_day);

CREATE INDEX ix_brand_marks_owner ON brand_marks (owner);

CREATE INDEX ix_brand_scan_results_account ON brand_scan_results (account);

CREATE INDEX ix_brand_scan_results_decision ON brand_scan_results (decision);

CREATE INDEX ix_brand_scan_results_scanned_day ON brand_scan_results (scanned_day);

CREATE INDEX ix_brand_terms_brand_id ON brand_terms (brand_id);

CREATE INDEX ix_complaints_claimant ON complaints (claimant);

CREATE INDEX ix_declarations_original_id ON declarations (original_id);

CREATE INDEX ix_declarations_state ON declarations (state);

CREATE INDEX ix_joint_decisions_account ON joint_decisions (account);

CREATE INDEX ix_joint_decisions_origin_account ON joint_decisions (origin_account);

CREATE INDEX ix_joint_decisions_ticket_id ON joint_decisions (ticket_id);

CREATE INDEX ix_match_decisions_decision ON match_decisions (decision);

CREATE INDEX ix_matches_original_id ON matches (original_id);

CREATE INDEX ix_matches_upload_id ON matches (upload_id);

CREATE INDEX ix_music_licences_licensee ON music_licences (licensee);

CREATE INDEX ix_music_licences_owner ON music_licences (owner);

CREATE INDEX ix_originals_audio_state ON originals (audio_state);

CREATE INDEX ix_originals_owner ON originals (owner);

CREATE INDEX ix_originals_state ON originals (state);

CREATE INDEX ix_penalty_entries_account ON penalty_entries (account);

CREATE INDEX ix_penalty_entries_ticket_id ON penalty_entries (ticket_id);

CREATE INDEX ix_service_scans_key_id ON service_scans (key_id);

CREATE INDEX ix_sound_overlaps_other ON sound_overlaps (other);

CREATE INDEX ix_tickets_accused ON tickets (accused);

CREATE INDEX ix_tickets_claimant_outcome ON tickets (claimant, source, outcome);

CREATE INDEX ix_tickets_complaint_id ON tickets (complaint_id);

CREATE INDEX ix_tickets_state_due ON tickets (state, due_at);

CREATE INDEX ix_tickets_upload_original ON tickets (upload_id, original_id);

CREATE INDEX ix_uploads_sha256 ON uploads (sha256);

CREATE INDEX ix_uploads_uploader ON uploads (uploader);

CREATE UNIQUE INDEX ux_account_links_one_certification ON account_links (a) WHERE type = 'certification';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

INSERT INTO alembic_version (version_num) VALUES ('0005_one_spelling');

INSERT INTO alembic_version (version_num) VALUES ('0103_price_floor');

INSERT INTO alembic_version (version_num) VALUES ('0202_one_spelling');

INSERT INTO alembic_version (version_num) VALUES ('0210_claimant_account');

INSERT INTO alembic_version (version_num) VALUES ('0302_legal_entities_one_spelling');

INSERT INTO alembic_version (version_num) VALUES ('0402_key_expiry');

INSERT INTO alembic_version (version_num) VALUES ('0502_contents');

INSERT INTO alembic_version (version_num) VALUES ('0600_shared_sound');

