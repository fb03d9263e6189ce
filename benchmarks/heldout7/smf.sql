-- source: SimpleMachines/SMF other/install_2-1_mysql.sql @ 815d90aec2809c99bf627f9965918c58c27bb34f (SMF 2.1, BSD-3-Clause); a subset of its CREATE TABLE statements with their "#" comments verbatim, except the installer placeholders {$db_prefix}, ENGINE={$engine} and ENGINE={$memory} written as smf_, ENGINE=InnoDB and ENGINE=MEMORY (plain sqlglot cannot parse them); all INSERT data dropped
#### ATTENTION: You do not need to run or use this file!  The install.php script does everything for you!
#### Install script for MySQL 4.0.18+

#
# Table structure for table `attachments`
#

CREATE TABLE smf_attachments (
	id_attach INT(10) UNSIGNED AUTO_INCREMENT,
	id_thumb INT(10) UNSIGNED NOT NULL DEFAULT '0',
	id_msg INT(10) UNSIGNED NOT NULL DEFAULT '0',
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_folder TINYINT NOT NULL DEFAULT '1',
	attachment_type TINYINT UNSIGNED NOT NULL DEFAULT '0',
	filename VARCHAR(255) NOT NULL DEFAULT '',
	file_hash VARCHAR(40) NOT NULL DEFAULT '',
	fileext VARCHAR(8) NOT NULL DEFAULT '',
	size INT(10) UNSIGNED NOT NULL DEFAULT '0',
	downloads MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	width MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	height MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	mime_type VARCHAR(128) NOT NULL DEFAULT '',
	approved TINYINT NOT NULL DEFAULT '1',
	PRIMARY KEY (id_attach),
	UNIQUE idx_id_member (id_member, id_attach),
	INDEX idx_id_msg (id_msg),
	INDEX idx_attachment_type (attachment_type),
	INDEX idx_id_thumb (id_thumb)
) ENGINE=InnoDB;

#
# Table structure for table `background_tasks`
#

CREATE TABLE smf_background_tasks (
	id_task INT(10) UNSIGNED AUTO_INCREMENT,
	task_file VARCHAR(255) NOT NULL DEFAULT '',
	task_class VARCHAR(255) NOT NULL DEFAULT '',
	task_data MEDIUMTEXT NOT NULL,
	claimed_time INT(10) UNSIGNED NOT NULL DEFAULT '0',
	PRIMARY KEY (id_task)
) ENGINE=InnoDB;

#
# Table structure for table `ban_groups`
#

CREATE TABLE smf_ban_groups (
	id_ban_group MEDIUMINT UNSIGNED AUTO_INCREMENT,
	name VARCHAR(20) NOT NULL DEFAULT '',
	ban_time INT(10) UNSIGNED NOT NULL DEFAULT '0',
	expire_time INT(10) UNSIGNED,
	cannot_access TINYINT UNSIGNED NOT NULL DEFAULT '0',
	cannot_register TINYINT UNSIGNED NOT NULL DEFAULT '0',
	cannot_post TINYINT UNSIGNED NOT NULL DEFAULT '0',
	cannot_login TINYINT UNSIGNED NOT NULL DEFAULT '0',
	reason VARCHAR(255) NOT NULL DEFAULT '',
	notes TEXT NOT NULL,
	PRIMARY KEY (id_ban_group)
) ENGINE=InnoDB;

#
# Table structure for table `ban_items`
#

CREATE TABLE smf_ban_items (
	id_ban MEDIUMINT UNSIGNED AUTO_INCREMENT,
	id_ban_group SMALLINT UNSIGNED NOT NULL DEFAULT '0',
	ip_low VARBINARY(16),
	ip_high VARBINARY(16),
	hostname VARCHAR(255) NOT NULL DEFAULT '',
	email_address VARCHAR(255) NOT NULL DEFAULT '',
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	hits MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	PRIMARY KEY (id_ban),
	INDEX idx_id_ban_group (id_ban_group),
	INDEX idx_id_ban_ip (ip_low,ip_high)
) ENGINE=InnoDB;

#
# Table structure for table `boards`
#

CREATE TABLE smf_boards (
	id_board SMALLINT UNSIGNED AUTO_INCREMENT,
	id_cat TINYINT UNSIGNED NOT NULL DEFAULT '0',
	child_level TINYINT UNSIGNED NOT NULL DEFAULT '0',
	id_parent SMALLINT UNSIGNED NOT NULL DEFAULT '0',
	board_order SMALLINT NOT NULL DEFAULT '0',
	id_last_msg INT(10) UNSIGNED NOT NULL DEFAULT '0',
	id_msg_updated INT(10) UNSIGNED NOT NULL DEFAULT '0',
	member_groups VARCHAR(255) NOT NULL DEFAULT '-1,0',
	id_profile SMALLINT UNSIGNED NOT NULL DEFAULT '1',
	name VARCHAR(255) NOT NULL DEFAULT '',
	description TEXT NOT NULL,
	num_topics MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	num_posts MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	count_posts TINYINT NOT NULL DEFAULT '0',
	id_theme TINYINT UNSIGNED NOT NULL DEFAULT '0',
	override_theme TINYINT UNSIGNED NOT NULL DEFAULT '0',
	unapproved_posts SMALLINT NOT NULL DEFAULT '0',
	unapproved_topics SMALLINT NOT NULL DEFAULT '0',
	redirect VARCHAR(255) NOT NULL DEFAULT '',
	deny_member_groups VARCHAR(255) NOT NULL DEFAULT '',
	PRIMARY KEY (id_board),
	UNIQUE idx_categories (id_cat, id_board),
	INDEX idx_id_parent (id_parent),
	INDEX idx_id_msg_updated (id_msg_updated),
	INDEX idx_member_groups (member_groups(48))
) ENGINE=InnoDB;

#
# Table structure for table `calendar`
#

CREATE TABLE smf_calendar (
	id_event SMALLINT UNSIGNED AUTO_INCREMENT,
	start_date date NOT NULL DEFAULT '1004-01-01',
	end_date date NOT NULL DEFAULT '1004-01-01',
	id_board SMALLINT UNSIGNED NOT NULL DEFAULT '0',
	id_topic MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	title VARCHAR(255) NOT NULL DEFAULT '',
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	start_time time,
	end_time time,
	timezone VARCHAR(80),
	location VARCHAR(255) NOT NULL DEFAULT '',
	PRIMARY KEY (id_event),
	INDEX idx_start_date (start_date),
	INDEX idx_end_date (end_date),
	INDEX idx_topic (id_topic, id_member)
) ENGINE=InnoDB;

#
# Table structure for table `categories`
#

CREATE TABLE smf_categories (
	id_cat TINYINT UNSIGNED AUTO_INCREMENT,
	cat_order TINYINT NOT NULL DEFAULT '0',
	name VARCHAR(255) NOT NULL DEFAULT '',
	description TEXT NOT NULL,
	can_collapse TINYINT NOT NULL DEFAULT '1',
	PRIMARY KEY (id_cat)
) ENGINE=InnoDB;

#
# Table structure for table `custom_fields`
#

CREATE TABLE smf_custom_fields (
	id_field SMALLINT AUTO_INCREMENT,
	col_name VARCHAR(12) NOT NULL DEFAULT '',
	field_name VARCHAR(40) NOT NULL DEFAULT '',
	field_desc VARCHAR(255) NOT NULL DEFAULT '',
	field_type VARCHAR(8) NOT NULL DEFAULT 'text',
	field_length SMALLINT NOT NULL DEFAULT '255',
	field_options TEXT NOT NULL,
	field_order SMALLINT NOT NULL DEFAULT '0',
	mask VARCHAR(255) NOT NULL DEFAULT '',
	show_reg TINYINT NOT NULL DEFAULT '0',
	show_display TINYINT NOT NULL DEFAULT '0',
	show_mlist SMALLINT NOT NULL DEFAULT '0',
	show_profile VARCHAR(20) NOT NULL DEFAULT 'forumprofile',
	private TINYINT NOT NULL DEFAULT '0',
	active TINYINT NOT NULL DEFAULT '1',
	bbc TINYINT NOT NULL DEFAULT '0',
	can_search TINYINT NOT NULL DEFAULT '0',
	default_value VARCHAR(255) NOT NULL DEFAULT '',
	enclose TEXT NOT NULL,
	placement TINYINT NOT NULL DEFAULT '0',
	PRIMARY KEY (id_field),
	UNIQUE idx_col_name (col_name)
) ENGINE=InnoDB;

#
# Table structure for table `log_actions`
#

CREATE TABLE smf_log_actions (
	id_action INT(10) UNSIGNED AUTO_INCREMENT,
	id_log TINYINT UNSIGNED NOT NULL DEFAULT '1',
	log_time INT(10) UNSIGNED NOT NULL DEFAULT '0',
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	ip VARBINARY(16),
	action VARCHAR(30) NOT NULL DEFAULT '',
	id_board SMALLINT UNSIGNED NOT NULL DEFAULT '0',
	id_topic MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_msg INT(10) UNSIGNED NOT NULL DEFAULT '0',
	extra TEXT NOT NULL,
	PRIMARY KEY (id_action),
	INDEX idx_id_log (id_log),
	INDEX idx_log_time (log_time),
	INDEX idx_id_member (id_member),
	INDEX idx_id_board (id_board),
	INDEX idx_id_msg (id_msg),
	INDEX idx_id_topic_id_log (id_topic, id_log)
) ENGINE=InnoDB;

#
# Table structure for table `log_banned`
#

CREATE TABLE smf_log_banned (
	id_ban_log MEDIUMINT UNSIGNED AUTO_INCREMENT,
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	ip VARBINARY(16),
	email VARCHAR(255) NOT NULL DEFAULT '',
	log_time INT(10) UNSIGNED NOT NULL DEFAULT '0',
	PRIMARY KEY (id_ban_log),
	INDEX idx_log_time (log_time)
) ENGINE=InnoDB;

#
# Table structure for table `log_comments`
#

CREATE TABLE smf_log_comments (
	id_comment MEDIUMINT UNSIGNED AUTO_INCREMENT,
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	member_name VARCHAR(80) NOT NULL DEFAULT '',
	comment_type VARCHAR(8) NOT NULL DEFAULT 'warning',
	id_recipient MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	recipient_name VARCHAR(255) NOT NULL DEFAULT '',
	log_time INT(10) NOT NULL DEFAULT '0',
	id_notice MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	counter TINYINT NOT NULL DEFAULT '0',
	body TEXT NOT NULL,
	PRIMARY KEY (id_comment),
	INDEX idx_id_recipient (id_recipient),
	INDEX idx_log_time (log_time),
	INDEX idx_comment_type (comment_type(8))
) ENGINE=InnoDB;

#
# Table structure for table `log_errors`
#

CREATE TABLE smf_log_errors (
	id_error MEDIUMINT UNSIGNED AUTO_INCREMENT,
	log_time INT(10) UNSIGNED NOT NULL DEFAULT '0',
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	ip VARBINARY(16),
	url TEXT NOT NULL,
	message TEXT NOT NULL,
	session VARCHAR(128) NOT NULL DEFAULT '',
	error_type CHAR(15) NOT NULL DEFAULT 'general',
	file VARCHAR(255) NOT NULL DEFAULT '',
	line MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	backtrace VARCHAR(10000) NOT NULL DEFAULT '',
	PRIMARY KEY (id_error),
	INDEX idx_log_time (log_time),
	INDEX idx_id_member (id_member),
	INDEX idx_ip (ip)
) ENGINE=InnoDB;

#
# Table structure for table `log_floodcontrol`
#

CREATE TABLE smf_log_floodcontrol (
	ip VARBINARY(16),
	log_time INT(10) UNSIGNED NOT NULL DEFAULT '0',
	log_type VARCHAR(8) DEFAULT 'post',
	PRIMARY KEY (ip, log_type(8))
) ENGINE=MEMORY;

#
# Table structure for table `log_group_requests`
#

CREATE TABLE smf_log_group_requests (
	id_request MEDIUMINT UNSIGNED AUTO_INCREMENT,
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_group SMALLINT UNSIGNED NOT NULL DEFAULT '0',
	time_applied INT(10) UNSIGNED NOT NULL DEFAULT '0',
	reason TEXT NOT NULL,
	status TINYINT UNSIGNED NOT NULL DEFAULT '0',
	id_member_acted MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	member_name_acted VARCHAR(255) NOT NULL DEFAULT '',
	time_acted INT(10) UNSIGNED NOT NULL DEFAULT '0',
	act_reason TEXT NOT NULL,
	PRIMARY KEY (id_request),
	INDEX idx_id_member (id_member, id_group)
) ENGINE=InnoDB;

#
# Table structure for table `log_online`
#

CREATE TABLE smf_log_online (
	session VARCHAR(128) DEFAULT '',
	log_time INT(10) NOT NULL DEFAULT '0',
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_spider SMALLINT UNSIGNED NOT NULL DEFAULT '0',
	ip VARBINARY(16),
	url VARCHAR(2048) NOT NULL DEFAULT '',
	PRIMARY KEY (session),
	INDEX idx_log_time (log_time),
	INDEX idx_id_member (id_member)
) ENGINE=MEMORY;

#
# Table structure for table `log_polls`
#

CREATE TABLE smf_log_polls (
	id_poll MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_choice TINYINT UNSIGNED NOT NULL DEFAULT '0',
	INDEX idx_id_poll (id_poll, id_member, id_choice)
) ENGINE=InnoDB;

#
# Table structure for table `log_reported`
#

CREATE TABLE smf_log_reported (
	id_report MEDIUMINT UNSIGNED AUTO_INCREMENT,
	id_msg INT(10) UNSIGNED NOT NULL DEFAULT '0',
	id_topic MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_board SMALLINT UNSIGNED NOT NULL DEFAULT '0',
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	membername VARCHAR(255) NOT NULL DEFAULT '',
	subject VARCHAR(255) NOT NULL DEFAULT '',
	body MEDIUMTEXT NOT NULL,
	time_started INT(10) NOT NULL DEFAULT '0',
	time_updated INT(10) NOT NULL DEFAULT '0',
	num_reports MEDIUMINT NOT NULL DEFAULT '0',
	closed TINYINT NOT NULL DEFAULT '0',
	ignore_all TINYINT NOT NULL DEFAULT '0',
	PRIMARY KEY (id_report),
	INDEX idx_id_member (id_member),
	INDEX idx_id_topic (id_topic),
	INDEX idx_closed (closed),
	INDEX idx_time_started (time_started),
	INDEX idx_id_msg (id_msg)
) ENGINE=InnoDB;

#
# Table structure for table `log_reported_comments`
#

CREATE TABLE smf_log_reported_comments (
	id_comment MEDIUMINT UNSIGNED AUTO_INCREMENT,
	id_report MEDIUMINT NOT NULL DEFAULT '0',
	id_member MEDIUMINT NOT NULL,
	membername VARCHAR(255) NOT NULL DEFAULT '',
	member_ip VARBINARY(16),
	comment VARCHAR(255) NOT NULL DEFAULT '',
	time_sent INT(10) NOT NULL,
	PRIMARY KEY (id_comment),
	INDEX idx_id_report (id_report),
	INDEX idx_id_member (id_member),
	INDEX idx_time_sent (time_sent)
) ENGINE=InnoDB;

#
# Table structure for table `log_scheduled_tasks`
#

CREATE TABLE smf_log_scheduled_tasks (
	id_log MEDIUMINT AUTO_INCREMENT,
	id_task SMALLINT NOT NULL DEFAULT '0',
	time_run INT(10) NOT NULL DEFAULT '0',
	time_taken float NOT NULL DEFAULT '0',
	PRIMARY KEY (id_log)
) ENGINE=InnoDB;

#
# Table structure for table `log_spider_hits`
#

CREATE TABLE smf_log_spider_hits (
	id_hit INT(10) UNSIGNED AUTO_INCREMENT,
	id_spider SMALLINT UNSIGNED NOT NULL DEFAULT '0',
	log_time INT(10) UNSIGNED NOT NULL DEFAULT '0',
	url VARCHAR(1024) NOT NULL DEFAULT '',
	processed TINYINT NOT NULL DEFAULT '0',
	PRIMARY KEY (id_hit),
	INDEX idx_id_spider(id_spider),
	INDEX idx_log_time(log_time),
	INDEX idx_processed (processed)
) ENGINE=InnoDB;

#
# Table structure for table `log_subscribed`
#

CREATE TABLE smf_log_subscribed (
	id_sublog INT(10) UNSIGNED AUTO_INCREMENT,
	id_subscribe MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_member INT(10) NOT NULL DEFAULT '0',
	old_id_group SMALLINT NOT NULL DEFAULT '0',
	start_time INT(10) NOT NULL DEFAULT '0',
	end_time INT(10) NOT NULL DEFAULT '0',
	status TINYINT NOT NULL DEFAULT '0',
	payments_pending TINYINT NOT NULL DEFAULT '0',
	pending_details TEXT NOT NULL,
	reminder_sent TINYINT NOT NULL DEFAULT '0',
	vendor_ref VARCHAR(255) NOT NULL DEFAULT '',
	PRIMARY KEY (id_sublog),
	UNIQUE KEY id_subscribe (id_subscribe, id_member),
	INDEX idx_end_time (end_time),
	INDEX idx_reminder_sent (reminder_sent),
	INDEX idx_payments_pending (payments_pending),
	INDEX idx_status (status),
	INDEX idx_id_member (id_member)
) ENGINE=InnoDB;

#
# Table structure for table `mail_queue`
#

CREATE TABLE smf_mail_queue (
	id_mail INT(10) UNSIGNED AUTO_INCREMENT,
	time_sent INT(10) NOT NULL DEFAULT '0',
	recipient VARCHAR(255) NOT NULL DEFAULT '',
	body MEDIUMTEXT NOT NULL,
	subject VARCHAR(255) NOT NULL DEFAULT '',
	headers TEXT NOT NULL,
	send_html TINYINT NOT NULL DEFAULT '0',
	priority TINYINT NOT NULL DEFAULT '1',
	private TINYINT NOT NULL DEFAULT '0',
	PRIMARY KEY  (id_mail),
	INDEX idx_time_sent (time_sent),
	INDEX idx_mail_priority (priority, id_mail)
) ENGINE=InnoDB;

#
# Table structure for table `membergroups`
#

CREATE TABLE smf_membergroups (
	id_group SMALLINT UNSIGNED AUTO_INCREMENT,
	group_name VARCHAR(80) NOT NULL DEFAULT '',
	description TEXT NOT NULL,
	online_color VARCHAR(20) NOT NULL DEFAULT '',
	min_posts MEDIUMINT NOT NULL DEFAULT '-1',
	max_messages SMALLINT UNSIGNED NOT NULL DEFAULT '0',
	icons VARCHAR(255) NOT NULL DEFAULT '',
	group_type TINYINT NOT NULL DEFAULT '0',
	hidden TINYINT NOT NULL DEFAULT '0',
	id_parent SMALLINT NOT NULL DEFAULT '-2',
	tfa_required TINYINT NOT NULL DEFAULT '0',
	PRIMARY KEY (id_group),
	INDEX idx_min_posts (min_posts)
) ENGINE=InnoDB;

#
# Table structure for table `members`
#

CREATE TABLE smf_members (
	id_member MEDIUMINT UNSIGNED AUTO_INCREMENT,
	member_name VARCHAR(80) NOT NULL DEFAULT '',
	date_registered INT(10) UNSIGNED NOT NULL DEFAULT '0',
	posts MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_group SMALLINT UNSIGNED NOT NULL DEFAULT '0',
	lngfile VARCHAR(255) NOT NULL DEFAULT '',
	last_login INT(10) UNSIGNED NOT NULL DEFAULT '0',
	real_name VARCHAR(255) NOT NULL DEFAULT '',
	instant_messages SMALLINT NOT NULL DEFAULT 0,
	unread_messages SMALLINT NOT NULL DEFAULT 0,
	new_pm TINYINT UNSIGNED NOT NULL DEFAULT '0',
	alerts INT(10) UNSIGNED NOT NULL DEFAULT '0',
	buddy_list TEXT NOT NULL,
	pm_ignore_list VARCHAR(255) NOT NULL DEFAULT '',
	pm_prefs MEDIUMINT NOT NULL DEFAULT '0',
	mod_prefs VARCHAR(20) NOT NULL DEFAULT '',
	passwd VARCHAR(64) NOT NULL DEFAULT '',
	email_address VARCHAR(255) NOT NULL DEFAULT '',
	personal_text VARCHAR(255) NOT NULL DEFAULT '',
	birthdate date NOT NULL DEFAULT '1004-01-01',
	website_title VARCHAR(255) NOT NULL DEFAULT '',
	website_url VARCHAR(255) NOT NULL DEFAULT '',
	show_online TINYINT NOT NULL DEFAULT '1',
	time_format VARCHAR(80) NOT NULL DEFAULT '',
	signature TEXT NOT NULL,
	time_offset float NOT NULL DEFAULT '0',
	avatar VARCHAR(255) NOT NULL DEFAULT '',
	usertitle VARCHAR(255) NOT NULL DEFAULT '',
	member_ip VARBINARY(16),
	member_ip2 VARBINARY(16),
	secret_question VARCHAR(255) NOT NULL DEFAULT '',
	secret_answer VARCHAR(64) NOT NULL DEFAULT '',
	id_theme TINYINT UNSIGNED NOT NULL DEFAULT '0',
	is_activated TINYINT UNSIGNED NOT NULL DEFAULT '1',
	validation_code VARCHAR(10) NOT NULL DEFAULT '',
	id_msg_last_visit INT(10) UNSIGNED NOT NULL DEFAULT '0',
	additional_groups VARCHAR(255) NOT NULL DEFAULT '',
	smiley_set VARCHAR(48) NOT NULL DEFAULT '',
	id_post_group SMALLINT UNSIGNED NOT NULL DEFAULT '0',
	total_time_logged_in INT(10) UNSIGNED NOT NULL DEFAULT '0',
	password_salt VARCHAR(255) NOT NULL DEFAULT '',
	ignore_boards TEXT NOT NULL,
	warning TINYINT NOT NULL DEFAULT '0',
	passwd_flood VARCHAR(12) NOT NULL DEFAULT '',
	pm_receive_from TINYINT UNSIGNED NOT NULL DEFAULT '1',
	timezone VARCHAR(80) NOT NULL DEFAULT 'UTC',
	tfa_secret VARCHAR(24) NOT NULL DEFAULT '',
	tfa_backup VARCHAR(64) NOT NULL DEFAULT '',
	PRIMARY KEY (id_member),
	INDEX idx_member_name (member_name),
	INDEX idx_real_name (real_name),
	INDEX idx_email_address (email_address),
	INDEX idx_date_registered (date_registered),
	INDEX idx_id_group (id_group),
	INDEX idx_birthdate (birthdate),
	INDEX idx_posts (posts),
	INDEX idx_last_login (last_login),
	INDEX idx_lngfile (lngfile(30)),
	INDEX idx_id_post_group (id_post_group),
	INDEX idx_warning (warning),
	INDEX idx_total_time_logged_in (total_time_logged_in),
	INDEX idx_id_theme (id_theme)
) ENGINE=InnoDB;

#
# Table structure for table `member_logins`
#

CREATE TABLE smf_member_logins (
	id_login INT(10) AUTO_INCREMENT,
	id_member MEDIUMINT NOT NULL DEFAULT '0',
	time INT(10) NOT NULL DEFAULT '0',
	ip VARBINARY(16),
	ip2 VARBINARY(16),
	PRIMARY KEY (id_login),
	INDEX idx_id_member (id_member),
	INDEX idx_time (time)
) ENGINE=InnoDB;

#
# Table structure for table `messages`
#

CREATE TABLE smf_messages (
	id_msg INT(10) UNSIGNED AUTO_INCREMENT,
	id_topic MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_board SMALLINT UNSIGNED NOT NULL DEFAULT '0',
	poster_time INT(10) UNSIGNED NOT NULL DEFAULT '0',
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_msg_modified INT(10) UNSIGNED NOT NULL DEFAULT '0',
	subject VARCHAR(255) NOT NULL DEFAULT '',
	poster_name VARCHAR(255) NOT NULL DEFAULT '',
	poster_email VARCHAR(255) NOT NULL DEFAULT '',
	poster_ip VARBINARY(16),
	smileys_enabled TINYINT NOT NULL DEFAULT '1',
	modified_time INT(10) UNSIGNED NOT NULL DEFAULT '0',
	modified_name VARCHAR(255) NOT NULL DEFAULT '',
	modified_reason VARCHAR(255) NOT NULL DEFAULT '',
	body TEXT NOT NULL,
	icon VARCHAR(16) NOT NULL DEFAULT 'xx',
	approved TINYINT NOT NULL DEFAULT '1',
	likes SMALLINT UNSIGNED NOT NULL DEFAULT '0',
	PRIMARY KEY (id_msg),
	UNIQUE idx_id_board (id_board, id_msg),
	UNIQUE idx_id_member (id_member, id_msg),
	INDEX idx_approved (approved),
	INDEX idx_ip_index (poster_ip, id_topic),
	INDEX idx_participation (id_member, id_topic),
	INDEX idx_show_posts (id_member, id_board),
	INDEX idx_id_member_msg (id_member, approved, id_msg),
	INDEX idx_current_topic (id_topic, id_msg, id_member, approved),
	INDEX idx_related_ip (id_member, poster_ip, id_msg),
	INDEX idx_likes (likes)
) ENGINE=InnoDB;

#
# Table structure for table `moderators`
#

CREATE TABLE smf_moderators (
	id_board SMALLINT UNSIGNED DEFAULT '0',
	id_member MEDIUMINT UNSIGNED DEFAULT '0',
	PRIMARY KEY (id_board, id_member)
) ENGINE=InnoDB;

#
# Table structure for table `personal_messages`
#

CREATE TABLE smf_personal_messages (
	id_pm INT(10) UNSIGNED AUTO_INCREMENT,
	id_pm_head INT(10) UNSIGNED NOT NULL DEFAULT '0',
	id_member_from MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	deleted_by_sender TINYINT UNSIGNED NOT NULL DEFAULT '0',
	from_name VARCHAR(255) NOT NULL DEFAULT '',
	msgtime INT(10) UNSIGNED NOT NULL DEFAULT '0',
	subject VARCHAR(255) NOT NULL DEFAULT '',
	body TEXT NOT NULL,
	PRIMARY KEY (id_pm),
	INDEX idx_id_member (id_member_from, deleted_by_sender),
	INDEX idx_msgtime (msgtime),
	INDEX idx_id_pm_head (id_pm_head)
) ENGINE=InnoDB;

#
# Table structure for table `pm_recipients`
#

CREATE TABLE smf_pm_recipients (
	id_pm INT(10) UNSIGNED DEFAULT '0',
	id_member MEDIUMINT UNSIGNED DEFAULT '0',
	bcc TINYINT UNSIGNED NOT NULL DEFAULT '0',
	is_read TINYINT UNSIGNED NOT NULL DEFAULT '0',
	is_new TINYINT UNSIGNED NOT NULL DEFAULT '0',
	deleted TINYINT UNSIGNED NOT NULL DEFAULT '0',
	in_inbox TINYINT NOT NULL DEFAULT '1',
	PRIMARY KEY (id_pm, id_member),
	UNIQUE idx_id_member (id_member, deleted, id_pm)
) ENGINE=InnoDB;

#
# Table structure for table `pm_rules`
#

CREATE TABLE smf_pm_rules (
	id_rule INT(10) UNSIGNED AUTO_INCREMENT,
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	rule_name VARCHAR(60) NOT NULL,
	criteria TEXT NOT NULL,
	actions TEXT NOT NULL,
	delete_pm TINYINT UNSIGNED NOT NULL DEFAULT '0',
	is_or TINYINT UNSIGNED NOT NULL DEFAULT '0',
	PRIMARY KEY (id_rule),
	INDEX idx_id_member (id_member),
	INDEX idx_delete_pm (delete_pm)
) ENGINE=InnoDB;

#
# Table structure for table `polls`
#

CREATE TABLE smf_polls (
	id_poll MEDIUMINT UNSIGNED AUTO_INCREMENT,
	question VARCHAR(255) NOT NULL DEFAULT '',
	voting_locked TINYINT NOT NULL DEFAULT '0',
	max_votes TINYINT UNSIGNED NOT NULL DEFAULT '1',
	expire_time INT(10) UNSIGNED NOT NULL DEFAULT '0',
	hide_results TINYINT UNSIGNED NOT NULL DEFAULT '0',
	change_vote TINYINT UNSIGNED NOT NULL DEFAULT '0',
	guest_vote TINYINT UNSIGNED NOT NULL DEFAULT '0',
	num_guest_voters INT(10) UNSIGNED NOT NULL DEFAULT '0',
	reset_poll INT(10) UNSIGNED NOT NULL DEFAULT '0',
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	poster_name VARCHAR(255) NOT NULL DEFAULT '',
	PRIMARY KEY (id_poll)
) ENGINE=InnoDB;

#
# Table structure for table `scheduled_tasks`
#

CREATE TABLE smf_scheduled_tasks (
	id_task SMALLINT AUTO_INCREMENT,
	next_time INT(10) NOT NULL DEFAULT '0',
	time_offset INT(10) NOT NULL DEFAULT '0',
	time_regularity SMALLINT NOT NULL DEFAULT '0',
	time_unit VARCHAR(1) NOT NULL DEFAULT 'h',
	disabled TINYINT NOT NULL DEFAULT '0',
	task VARCHAR(24) NOT NULL DEFAULT '',
	callable VARCHAR(60) NOT NULL DEFAULT '',
	PRIMARY KEY (id_task),
	INDEX idx_next_time (next_time),
	INDEX idx_disabled (disabled),
	UNIQUE idx_task (task)
) ENGINE=InnoDB;

#
# Table structure for table `settings`
#

CREATE TABLE smf_settings (
	variable VARCHAR(255) DEFAULT '',
	value TEXT NOT NULL,
	PRIMARY KEY (variable(30))
) ENGINE=InnoDB;

#
# Table structure for table `sessions`
#

CREATE TABLE smf_sessions (
	session_id VARCHAR(128) NOT NULL DEFAULT '',
	last_update INT(10) UNSIGNED NOT NULL DEFAULT '0',
	data TEXT NOT NULL,
	PRIMARY KEY (session_id)
) ENGINE=InnoDB;

#
# Table structure for table `spiders`
#

CREATE TABLE smf_spiders (
	id_spider SMALLINT UNSIGNED AUTO_INCREMENT,
	spider_name VARCHAR(255) NOT NULL DEFAULT '',
	user_agent VARCHAR(255) NOT NULL DEFAULT '',
	ip_info VARCHAR(255) NOT NULL DEFAULT '',
	PRIMARY KEY id_spider(id_spider)
) ENGINE=InnoDB;

#
# Table structure for table `subscriptions`
#

CREATE TABLE smf_subscriptions(
	id_subscribe MEDIUMINT UNSIGNED AUTO_INCREMENT,
	name VARCHAR(60) NOT NULL DEFAULT '',
	description VARCHAR(255) NOT NULL DEFAULT '',
	cost TEXT NOT NULL,
	length VARCHAR(6) NOT NULL DEFAULT '',
	id_group SMALLINT NOT NULL DEFAULT '0',
	add_groups VARCHAR(40) NOT NULL DEFAULT '',
	active TINYINT NOT NULL DEFAULT '1',
	repeatable TINYINT NOT NULL DEFAULT '0',
	allow_partial TINYINT NOT NULL DEFAULT '0',
	reminder TINYINT NOT NULL DEFAULT '0',
	email_complete TEXT NOT NULL,
	PRIMARY KEY (id_subscribe),
	INDEX idx_active (active)
) ENGINE=InnoDB;

#
# Table structure for table `themes`
#

CREATE TABLE smf_themes (
	id_member MEDIUMINT DEFAULT '0',
	id_theme TINYINT UNSIGNED DEFAULT '1',
	variable VARCHAR(255) DEFAULT '',
	value TEXT NOT NULL,
	PRIMARY KEY (id_theme, id_member, variable(30)),
	INDEX idx_id_member (id_member)
) ENGINE=InnoDB;

#
# Table structure for table `topics`
#

CREATE TABLE smf_topics (
	id_topic MEDIUMINT UNSIGNED AUTO_INCREMENT,
	is_sticky TINYINT NOT NULL DEFAULT '0',
	id_board SMALLINT UNSIGNED NOT NULL DEFAULT '0',
	id_first_msg INT(10) UNSIGNED NOT NULL DEFAULT '0',
	id_last_msg INT(10) UNSIGNED NOT NULL DEFAULT '0',
	id_member_started MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_member_updated MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_poll MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_previous_board SMALLINT NOT NULL DEFAULT '0',
	id_previous_topic MEDIUMINT NOT NULL DEFAULT '0',
	num_replies INT(10) UNSIGNED NOT NULL DEFAULT '0',
	num_views INT(10) UNSIGNED NOT NULL DEFAULT '0',
	locked TINYINT NOT NULL DEFAULT '0',
	redirect_expires INT(10) UNSIGNED NOT NULL DEFAULT '0',
	id_redirect_topic MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	unapproved_posts SMALLINT NOT NULL DEFAULT '0',
	approved TINYINT NOT NULL DEFAULT '1',
	PRIMARY KEY (id_topic),
	UNIQUE idx_last_message (id_last_msg, id_board),
	UNIQUE idx_first_message (id_first_msg, id_board),
	UNIQUE idx_poll (id_poll, id_topic),
	INDEX idx_is_sticky (is_sticky),
	INDEX idx_approved (approved),
	INDEX idx_member_started (id_member_started, id_board),
	INDEX idx_last_message_sticky (id_board, is_sticky, id_last_msg),
	INDEX idx_board_news (id_board, id_first_msg)
) ENGINE=InnoDB;

#
# Table structure for table `user_alerts`
#

CREATE TABLE smf_user_alerts (
	id_alert INT(10) UNSIGNED AUTO_INCREMENT,
	alert_time INT(10) UNSIGNED NOT NULL DEFAULT '0',
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_member_started MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	member_name VARCHAR(255) NOT NULL DEFAULT '',
	content_type VARCHAR(255) NOT NULL DEFAULT '',
	content_id INT(10) UNSIGNED NOT NULL DEFAULT '0',
	content_action VARCHAR(255) NOT NULL DEFAULT '',
	is_read INT(10) UNSIGNED NOT NULL DEFAULT '0',
	extra TEXT NOT NULL,
	PRIMARY KEY (id_alert),
	INDEX idx_id_member (id_member),
	INDEX idx_alert_time (alert_time)
) ENGINE=InnoDB;

#
# Table structure for table `user_drafts`
#

CREATE TABLE smf_user_drafts (
	id_draft INT(10) UNSIGNED AUTO_INCREMENT,
	id_topic MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	id_board SMALLINT UNSIGNED NOT NULL DEFAULT '0',
	id_reply INT(10) UNSIGNED NOT NULL DEFAULT '0',
	type TINYINT NOT NULL DEFAULT '0',
	poster_time INT(10) UNSIGNED NOT NULL DEFAULT '0',
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT '0',
	subject VARCHAR(255) NOT NULL DEFAULT '',
	smileys_enabled TINYINT NOT NULL DEFAULT '1',
	body MEDIUMTEXT NOT NULL,
	icon VARCHAR(16) NOT NULL DEFAULT 'xx',
	locked TINYINT NOT NULL DEFAULT '0',
	is_sticky TINYINT NOT NULL DEFAULT '0',
	to_list VARCHAR(255) NOT NULL DEFAULT '',
	PRIMARY KEY (id_draft),
	UNIQUE idx_id_member (id_member, id_draft, type)
) ENGINE=InnoDB;

#
# Table structure for table `user_likes`
#

CREATE TABLE smf_user_likes (
	id_member MEDIUMINT UNSIGNED DEFAULT '0',
	content_type CHAR(6) DEFAULT '',
	content_id INT(10) UNSIGNED DEFAULT '0',
	like_time INT(10) UNSIGNED NOT NULL DEFAULT '0',
	PRIMARY KEY (content_id, content_type, id_member),
	INDEX content (content_id, content_type),
	INDEX liker (id_member)
) ENGINE=InnoDB;

#
# Table structure for table `mentions`
#
CREATE TABLE smf_mentions (
	content_id INT DEFAULT '0',
	content_type VARCHAR(10) DEFAULT '',
	id_mentioned INT DEFAULT 0,
	id_member MEDIUMINT UNSIGNED NOT NULL DEFAULT 0,
	`time` INT NOT NULL DEFAULT 0,
	PRIMARY KEY (content_id, content_type, id_mentioned),
	INDEX content (content_id, content_type),
	INDEX mentionee (id_member)
) ENGINE=InnoDB;
