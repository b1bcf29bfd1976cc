<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ltc</name>
    <message>
        <source>A citizen ID has 18 characters, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A citizen ID is 17 digits and a digit or X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen ID has no region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen ID&apos;s birth date %1 is not a real date between 1900 and today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen ID&apos;s check character is %1, it should be %2: a digit was probably mistyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code has &apos;%1&apos; at position %2: only digits and upper-case letters except I, O, Z, S, V are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code&apos;s check character is %1, the standard gives %2: some early codes are like this, please check the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text after the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has a thousands separator: write it without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has a &apos;+&apos; sign: write it without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has spaces inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has more than two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before effective_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;next_month&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is as specific as rates[%1]: both would apply to level %2 at grade %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;per_day&quot; or &quot;per_month&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service form %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a six-digit GB/T 2260 code, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; overlaps &quot;%2&quot; of region %3, in force from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holiday calendar for %1: working days are counted on weekends alone and may be wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id_number already belongs to person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a telephone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>died_on: must lie between the birth date and today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same id_number is on line %1 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already belongs to person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs suspended_from on or before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be HOLIDAY, WORKDAY or NORMAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKDAY marks a weekend make-up day, but %1 is a weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the sex encoded in id_number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the birth date encoded in id_number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be EMPLOYEE or RESIDENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before enrolled_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a six-digit GB/T 2260 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ASSESS or CARE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one service form is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a service form code (A-Z, 0-9, _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before agreement_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs suspended_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before suspended_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before concluded_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before admitted_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month in the form YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settlement of %1 for %2 was changed by %3 meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settlement of %1 for %2 is %3: this step is not allowed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be accept or override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1 line %2 has no audit result: run the audit first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed: must be between 0 and the claimed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no audited lines to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line(s) are not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be approve or return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you did the first review of this settlement; the second review must be done by another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not insured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agreement in force or settlement suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day already paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service form not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declaration does not add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term care insurance settlement report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deducted on lines with this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district %1 is outside your district %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no command named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your roles do not allow %1 (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local database is busy or unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: a header row is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local database is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicates line %1 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 was refused by the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown import kind &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your roles do not allow importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username: is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles: &apos;%1&apos; is not a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district: &apos;%1&apos; is not a six-digit GB/T 2260 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password: must have at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password: could not be hashed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::AgreementsModule</name>
    <message>
        <source>Designated institutions: applications, reviews, agreements, staff, scores and violations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::ApplicationsModule</name>
    <message>
        <source>Benefit applications: intake, materials checklist, the 5-working-day review and its worklist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::AssessmentsModule</name>
    <message>
        <source>Assessment tasks: dispatch to agencies, random assessor teams, conclusions, publication and disputes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::DashboardsModule</name>
    <message>
        <source>Statistics: applications, assessments, institutions, fund spending and deadline compliance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::LoginDialog</name>
    <message>
        <source>Sign in — LTC Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term Care Insurance Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTC Desk · offline sign-in with your local account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a new demo database with invented data. Sign in as one of: %1. Every demo user has the password %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::MainWindow</name>
    <message>
        <source>LTC Desk — Long-term Care Insurance Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTC Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles open no module on this desktop.
Ask the system administrator to assign a role, or to switch the module on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LTC Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect the next time LTC Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is configured: changes are kept in this computer&apos;s outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District: %1 (city-wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LTC Desk %1&lt;/h3&gt;&lt;p&gt;Desktop client for long-term care insurance handling offices: applications, assessments, agreements, settlements and statistics.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema: %3&lt;br&gt;Qt %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LTC Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODULES</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::Module</name>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::Role</name>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::SettlementsModule</name>
    <message>
        <source>Monthly settlement audit: claims, rules, first and second review, payment and statements.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltcdesk</name>
    <message>
        <source>Creating the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
