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
    <message>
        <source>Run the audit of this month first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first review of this institution&apos;s month is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line without deductions is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line(s) are not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second review follows a completed first review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a month in first review can be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a month that passed the second review is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles do not include this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In first review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First review set the allowed amount to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for deductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not audited yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insured person or family (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care institution (seal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee medical insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban and rural resident medical insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term care insurance settlement statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed this month: %1 yuan (in words: %2), of which the fund pays %3 yuan and the insured person pays %4 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions follow the long-term care insurance policy in force; questions about this statement go to the care institution or the medical insurance office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no audited lines: run the audit first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
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
        <source>Returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, %3 day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund / personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex / born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insured since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insured until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions (entitlement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conclusion on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All claims for this person this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2 problem(s) below. Nothing was written; correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) imported from %2 (encoding %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as reviewed: the institution is past first review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount recomputed (rates, days or data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fund share recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: random %1 %, seed %2 — %3 line(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: claims above %1 — %2 line(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: allowed above the average of the level — %1 line(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered the push without results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local database refused the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed: no policy applied to this line, so nothing can be allowed for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed: the policy version %1 this line was audited under is not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed at first review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As reviewed; the first review changed the audited amount by %1 (audited %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1, deposit withheld %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took part in the first review of this month (you decided lines of it or took one of its steps); the second review must be done by another person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settlement of %1 for %2 is %3: its claim lines can no longer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1 line %2 is in the settlement of %3 for %4, which is %5: it can no longer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you took part in the first review of this settlement (you decided lines of it or took one of its steps); the second review must be done by another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2 problem(s) below. Nothing was written; what is stored no longer lets these rows change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep a copy of the file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 is no longer on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no files can be read here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar is shared by every district: only a city-level user may change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a policy of region %1 is not yours to change (your district is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change log refused the rows up to line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shared by every district: only a city-level user may import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the SHA-256 of the file, in lowercase hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not match its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a demo database with invented data: it cannot be synchronised with a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database belongs to another server or district (%1) and holds %2 unsent change(s): sync them there, or export them, before signing in here as a user of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file of this change is no longer on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file of this change is incomplete here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no district; only batch work may change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused the rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep a copy of the file in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored row of this key belongs elsewhere: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>designation %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>designation %1 is %2; this step needs it %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>designation %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed its review twice: it may not apply again until after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a designation under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name every missing item, all at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested_on: is before the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the missing materials were already asked for: they are asked for once, all at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received_on: is before the materials were asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the materials were due by %1: refuse the application (designation.refuse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be PASS or FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed_on: is before the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second review may be asked for until %1 only: apply again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published_to: the publication lasts at least %1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published_from: is before the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received_on: objections are received during the publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objection %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publication runs until %1: negotiation starts after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a panel member has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named twice on the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the panel needs at least %1 members, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the panel needs an odd number of members, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before valid_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no agreement yet: a first agreement concludes a designation in negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid_to: a first agreement runs at most 1 year, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement %1 has already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be INTAKE or SETTLEMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff member %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ASSESSOR, EXPERT, DOCTOR, NURSE or CAREGIVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legal representative of %1 is barred from managing a designated institution until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no legal representative&apos;s citizen ID on record (institution.update_profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the items&apos; maxima must add up to 100, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deposit of %1 for %2 was already released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no performance score for %2: score it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: there is no application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: application %1 is %2; %3 is allowed only when it is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list of material codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of material codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a material code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the materials checklist of the policy in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be PERSON, GUARDIAN or AGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UUID chosen by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be FIRST, DISPUTE or REASSESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be COUNTER or ONLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no insured person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the person&apos;s birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel: an online channel account may submit ONLINE applications only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: application %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind: person %1 already has an open %2 application; a person has at most one open application of a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before %1, when the materials were last complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required item %1 has not been received and is not requested: request every missing item at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before %1, when the materials were requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>materials: the required items %1 have not been received; request them or refuse the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted for assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assessment on dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled re-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not insured for long-term care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insured for less than 6 months and treated for less than 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not meet the conditions for benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care costs are outside what the fund pays for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The materials are incomplete or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reasons not to accept an assessment application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not insured on %1, the day the application was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insured since %1, less than 6 months, and no hospital treatment 6 months ago or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conclusion of level %1 from %2 qualifies for benefits and is valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has another open application of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number, person number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a &amp;new person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person themself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insured person matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and choose the insured person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an insured person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees&apos; insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents&apos; insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insurance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrolled on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id_number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the missing materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item still missing is asked for at once; the review clock stops until they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one missing item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why, for the notice the applicant receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new application at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;missing materials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials &amp;arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, person number or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an application, or press Ctrl+N for a new one at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before deciding:
%1

Accept all the same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: the assessment task is handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing materials requested: the clock stops until they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials received: the clock runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical Insurance Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>died on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insured from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insured since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing materials requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing materials received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1, concluded %2, valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1; decision due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the clock stops while materials are awaited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy in force lists no materials checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;restart&quot; or &quot;resume&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: an online channel account may attach scans to ONLINE applications only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the file&apos;s size, 1 byte to %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has %1 bytes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is neither a PDF nor a JPEG scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the materials checklist of application %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob: this file is already attached as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan_id: there is no scan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none of the checklist&apos;s items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a &amp;scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan attached: it goes to the server at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not reached this computer yet; the next sync brings it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the scan to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>materials %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal_terms: a performance score of %1 allows no renewal of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal_terms: %1 has no performance score by %2: score it before renewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid_to: this renewal runs at most %1 year(s), until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidated damages deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be created at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An institution not yet registered is registered from its application; for one already registered only its code and the day count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative&apos;s ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (beds or persons):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medically qualified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an LTC management unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request missing materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
Name every missing item now: they are asked for once, all at once, and are due within %3 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
The materials are complete: the comprehensive review begins. It is due within 3 months of the application, the %3 days spent waiting for materials not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprehensive review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
Documents and site visit, decided collectively by a panel of at least %3 members, an odd number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons (on fail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the passed institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
The publication lasts at least %3 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewal runs up to 3 years, by the institution&apos;s performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first agreement runs 1 year and concludes the designation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own deposit ratio (‰, optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own deposit ratio: a whole number of per mille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate an agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day the agreement is not in force; the institution returns only through a new application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend intake or settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (empty: until further notice):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The liquidated damages are deducted from the institution&apos;s next payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidated damages (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend a staff member from settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months (3-12):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar a staff member from the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years (1-3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar the legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not manage a designated institution for %2 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any agreement state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within 60 days or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, code or credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an application for designation, or receive a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;materials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials &amp;arrived…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal check &amp;passed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;gotiate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign or renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sus&amp;pend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Violation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar representative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated list as xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until further notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barred until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended from settlement until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended from settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired, not renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed twice, barred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second review requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff suspended from settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff barred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative barred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions file imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff file imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medically qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing minimums not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the policy&apos;s minimums are met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminated from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deducted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barred until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount in yuan with at most two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the maximum and the points are whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received from any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received-date range; the lowest value means no bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: there is no assessment task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state: assessment task %1 is %2; %3 is allowed only when it is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team: %1 experts are needed and only %2 may be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team: %1 members are needed and only %2 may be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be RELATIVE or INTEREST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: conflict %1 is already declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 16 lowercase hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: no designated assessment agency may take the task (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none serves the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy&apos;s team needs this officer, by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy&apos;s team has no such officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draw&apos;s algorithm %1 or seed %2 is not one this version can re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the agency accepted the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy&apos;s instrument %1 is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an assessment expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not employed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not confirm this assessment: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff_no: %1 has already confirmed this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a service form of the policy in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a care institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not take new persons for %2 on %3 (no agreement for the form, or intake suspended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publication runs until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concluded_on: the person already has a conclusion of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not yet delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publication ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument: %1 version %2 exists; load the next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument: only a city-level account may load instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.items: must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a code and distinct scores of 0 or more in ascending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.grades[%2]: grades must be numbered 0, 1, … in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.grades: the total %2 falls in %3 bands; every total the items can add up to must fall in one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level.rows: must name an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level.columns: %1 is not an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level.columns: the column indicators must have as many grades as each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level.matrix: must have %1 rows of %2 levels 0-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an instrument needs a code, a version of 1 or more, a name and its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.code: must be a code no other indicator has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores.%1: %2 has no such indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores.%1.%2: no such item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not one of the allowed scores %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores.%1: must be an object of item scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores.%1.%2: must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be distinct non-empty codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be distinct levels 0-5, each in one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is neither a JPEG nor a PNG photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an MP4 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be PHOTO, VIDEO or NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob: this file is already attached to the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence_id: there is no evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispatch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;draw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency &amp;accepts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert &amp;confirms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nclude…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter delivered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a no&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All assessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a task. Accepted applications arrive here to be dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched: the team is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redrawn: the new team and its reason are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency has accepted the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s instrument is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result recorded: the experts confirm it next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded: print the letter and deliver it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered: the dispute window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and video (*.jpg *.jpeg *.png *.mp4 *.mov)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence attached: it goes to the server at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen on the visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note kept with the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the file to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mildly impaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderately impaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severely impaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 version %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · online assessment (living elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-service &amp;advice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 items to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (score every item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, task %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch and draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The agency is chosen by %2; the team of %3 (at least %4 experts) is drawn from the seed, which is stored with the draw so that anyone can re-run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Online assessment (the person lives elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redraw the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The agency stays; the team is drawn again from a new seed. Every earlier draw is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for the redraw:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency accepts the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. At least %2 different experts confirm the result; so far: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection during publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Published until %2. A substantiated objection ends this task and opens a re-assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objector (by name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What they report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Substantiated: order a re-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The conclusion becomes the record the settlement reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care &amp;institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Delivery ends the 30-working-day clock and opens the dispute window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet dispatched; the clock runs from the acceptance of the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted %1; conclusion letter due %2 (working days on the holiday calendar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online assessment: the person is registered as living elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency accepted the task on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded %1, valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter delivered %1; a dispute may be asked for until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1, assessed %2 on %3 version %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-service advice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert confirmations (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections during publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantiated: re-assessment task %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting expert confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the staff of the person&apos;s care institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed the disputed conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disputed conclusion&apos;s agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agreement in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · task %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency and team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team (draw %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 draws; see the draw history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws of task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draw yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw 1 (dispatch), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw %1 (redraw), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed %1, algorithm %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies (%1): eligible %2; refused %3; chosen %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up: %1 members, at least %2 experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates in order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
Failed the review on %3. A second review may be asked for from that day until %4; failing it again bars a new application for 1 year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff history: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bar from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bar until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended from settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barred as a legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a designated care institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no agreement in force on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s agreement does not cover %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s new intake is suspended on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person_no: %1 has no qualifying conclusion in force on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a care plan needs at least one service item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number between 1 and 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be DAY, WEEK or MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number between 1 and 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch_id: there is no care dispatch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the dispatch of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before plan_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after the conclusion&apos;s validity, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: there is no declared conflict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: conflict %1 was withdrawn on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn_on: is before the declaration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person_no: %1 has an open assessment task %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task_id: there is no assessment task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task_id: the conclusion of task %1 has not been delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task_id: task %1 was a dispute; its conclusion is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task_id: the conclusion of task %1 is already disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be REQUEST or SPOT_CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person_no: %1 has no conclusion to re-assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be SUSPEND or TERMINATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed with the filing&apos;s document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement %1 has not ended: only an ended agreement is filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of agreement %1 was filed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate (解除)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend (中止)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed with the department on (empty: not yet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing&apos;s document number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended (中止) from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed with the administrative department on %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet filed with the administrative department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest conclusion, of %1, is less than %2 months old: a re-assessment may be requested from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task_id: task %1 has no assessment fee line: compute the month&apos;s fees first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement suspended (中止)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement terminated (解除)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the task?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer&apos;s officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after the dispute window, which ended on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conclusion of %1 may be re-assessed on request from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1, delivered on %2: no policy in force that day sets the assessment fee rate (assessment.fee_fen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the filing of an ended agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of an agreement is filed (报备) with the medical security administrative department; a filing is recorded once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2, ended from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the end…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::ConflictsDialog</name>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes were made here but refused by the server, which is the authority. Your screens show the server&apos;s data; redo a change if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export unsent changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export unsent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
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
    <message>
        <source>Incorrect username or password, or the account is disabled or locked for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server %1 (%2). Check the address and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let this account sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer serves this version of LTC Desk: please update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the district&apos;s own CA certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTC Desk · sign in with your account on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in offline with a local account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in through the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no accounts yet. Sign in with your account on the district&apos;s server; after that you can also sign in here offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must look like https://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA certificate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address</source>
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
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name on notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name on notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing office:</source>
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
    <message>
        <source>Online channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::ServerSettingsDialog</name>
    <message>
        <source>Server and sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to sign in the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the district&apos;s own CA certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must look like https://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name on the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::SettlementsModule</name>
    <message>
        <source>Conclusions (beneficiaries)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital stays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims of care institutions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::SyncController</name>
    <message>
        <source>Sign in to the server to synchronise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::SyncMenu</name>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server and sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 of your changes. See Sync › Refused changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is set: changes are kept in this computer&apos;s outbox (Sync › Server and sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer; retrying by itself. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may no longer synchronise. Export your unsent changes. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of other users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send them as yours? The server checks each against your roles and district and records that you adopted it. Otherwise they wait until their user signs in on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send as mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 change(s) made on this computer by %2 are waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::Tr::Tr</name>
    <message>
        <source>Officer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::sdk::BackgroundTasks</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::sdk::ImportFlow</name>
    <message>
        <source>Import a CSV file: all rows or none, every bad row reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::sdk::ImportResultDialog</name>
    <message>
        <source>Import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::sdk::ReasonDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::settlement::ui::AssessmentFeesDialog</name>
    <message>
        <source>First assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per conclusion letter delivered in the month, at the policy&apos;s rate; a month past first review keeps its lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete first review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment fee lines in %1: compute the month&apos;s fees first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment fees of %1 are computed: %2 agency month(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee of %1 is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount allowed for %1 in yuan (the fee is %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the fee of %1 adjusted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee of %1 is adjusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fee line(s) accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first review of %1&apos;s fees is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second review of %1&apos;s fees approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s fees returned to first review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do the fees of %1 go back to the agency? The reason is sent with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fees of %1 are returned to the agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the fees of %1 for %2 as paid: %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fees of %1 are marked paid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::settlement::ui::AuditChangesDialog</name>
    <message>
        <source>Audit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as reviewed (past first review, not changed by this run): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit of %1 is stored: %2 line(s) changed since the previous run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first audit of %1 is stored: %2 line(s) got a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line&apos;s result changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::settlement::ui::PersonPanel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim line to see the person&apos;s entitlement, hospital stays and other claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::settlement::ui::ReviewLineDialog</name>
    <message>
        <source>&amp;Accept the audit result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override the allowed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review claim line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1, line %2 · %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3, %4 day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 1700.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the amount differs from the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by the rules:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::settlement::ui::SampleDialog</name>
    <message>
        <source>Review sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lines to check by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;random share of the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines claiming &amp;more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines allowed more than the &amp;average of their level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed over the same lines gives the same sample: write it down to repeat it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed is a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::settlement::ui::SecondReviewDialog</name>
    <message>
        <source>&amp;Approve for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First review by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payable after the deposit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to first review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the month goes back (required when returning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record second review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::settlement::ui::SettlementsPage</name>
    <message>
        <source>Run audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept clean lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete first review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to institution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy what-if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print month report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the month&apos;s results, show what changes, and store them (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a draft policy over this month and compare the totals; nothing is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement statement of the selected line&apos;s person, to sign (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s results as Excel, CSV or a PDF report (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person no., claim no. or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sample only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 institution(s) · %3 audited line(s) · claimed %4 · allowed %5 · deducted %6 · deposit withheld %7 · payable %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line(s) match; %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an institution to review its month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit of %1 is stored: %2 line(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line(s) without deductions accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 line %2 reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First review of %1 completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second review of %1 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned to first review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the month of %1 go back to the institution? The reason is sent with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned to the institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 has been paid %2 for %3 (deposit withheld: %4)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked as paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing the sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the settlement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv);;PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print month report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no audited lines: run the audit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim line of the person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement statement %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft policy for the what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditing %1 under the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned because: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting lines…; %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment fees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment agencies&apos; fees of a month: one line per conclusion letter delivered, reviewed twice like the care months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 first-review decision(s) in batches not yet past first review. A line whose result changes loses its decision and must be reviewed again. Run the audit?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ltc::settlement::ui::WhatIfDialog</name>
    <message>
        <source>Policy what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 under the draft &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trial computation: nothing was stored or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payable in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payable draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
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
