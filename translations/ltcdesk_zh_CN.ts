<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ltc</name>
    <message>
        <source>A citizen ID has 18 characters, not %1</source>
        <translation>公民身份号码应为 18 位，而不是 %1 位</translation>
    </message>
    <message>
        <source>A citizen ID is 17 digits and a digit or X</source>
        <translation>公民身份号码由 17 位数字加 1 位数字或 X 组成</translation>
    </message>
    <message>
        <source>The citizen ID has no region code</source>
        <translation>公民身份号码缺少行政区划代码</translation>
    </message>
    <message>
        <source>The citizen ID&apos;s birth date %1 is not a real date between 1900 and today</source>
        <translation>公民身份号码中的出生日期 %1 不是 1900 年至今的有效日期</translation>
    </message>
    <message>
        <source>The citizen ID&apos;s check character is %1, it should be %2: a digit was probably mistyped</source>
        <translation>公民身份号码的校验码为 %1，应为 %2：可能有数字录入错误</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters, not %1</source>
        <translation>统一社会信用代码应为 18 位，而不是 %1 位</translation>
    </message>
    <message>
        <source>The unified social credit code has &apos;%1&apos; at position %2: only digits and upper-case letters except I, O, Z, S, V are allowed</source>
        <translation>统一社会信用代码第 %2 位为“%1”：只允许数字和除 I、O、Z、S、V 以外的大写字母</translation>
    </message>
    <message>
        <source>The unified social credit code&apos;s check character is %1, the standard gives %2: some early codes are like this, please check the licence</source>
        <translation>统一社会信用代码的校验码为 %1，按标准应为 %2：部分早期代码如此，请核对营业执照</translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 is never closed</source>
        <translation>第 %1 行开始的带引号字段没有结束引号</translation>
    </message>
    <message>
        <source>Text after the closing quote of a field</source>
        <translation>字段的结束引号之后还有文字</translation>
    </message>
    <message>
        <source>The amount is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has a thousands separator: write it without one</source>
        <translation>金额“%1”含千位分隔符：请去掉分隔符</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has a &apos;+&apos; sign: write it without one</source>
        <translation>金额“%1”带有“+”号：请去掉</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has spaces inside</source>
        <translation>金额“%1”中间有空格</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan</source>
        <translation>“%1”不是以元为单位的金额</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has more than two decimals</source>
        <translation>金额“%1”超过两位小数</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is too large</source>
        <translation>金额“%1”过大</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>必须是非空文本</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须在 %1 与 %2 之间</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>必须是非空列表</translation>
    </message>
    <message>
        <source>is before effective_from</source>
        <translation>早于 effective_from</translation>
    </message>
    <message>
        <source>level %1 is listed twice</source>
        <translation>等级 %1 重复列出</translation>
    </message>
    <message>
        <source>must be &quot;next_month&quot;</source>
        <translation>必须为“next_month”</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>is as specific as rates[%1]: both would apply to level %2 at grade %3</source>
        <translation>与 rates[%1] 同样具体：两者都会适用于 %3 级机构的失能等级 %2</translation>
    </message>
    <message>
        <source>must be &quot;per_day&quot; or &quot;per_month&quot;</source>
        <translation>必须为“per_day”或“per_month”</translation>
    </message>
    <message>
        <source>service form %1 is listed twice</source>
        <translation>服务形式 %1 重复列出</translation>
    </message>
    <message>
        <source>must be a six-digit GB/T 2260 code, not &quot;%1&quot;</source>
        <translation>必须是 6 位 GB/T 2260 行政区划代码，而不是“%1”</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; overlaps &quot;%2&quot; of region %3, in force from %4</source>
        <translation>政策“%1”与统筹区 %3 自 %4 起施行的“%2”时间重叠</translation>
    </message>
    <message>
        <source>No holiday calendar for %1: working days are counted on weekends alone and may be wrong</source>
        <translation>%1 年没有节假日日历：工作日仅按周末计算，可能不准确</translation>
    </message>
    <message>
        <source>person %1 already exists</source>
        <translation>参保人 %1 已存在</translation>
    </message>
    <message>
        <source>id_number already belongs to person %1</source>
        <translation>id_number 已属于参保人 %1</translation>
    </message>
    <message>
        <source>person %1 does not exist</source>
        <translation>参保人 %1 不存在</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a telephone number</source>
        <translation>“%1”不是电话号码</translation>
    </message>
    <message>
        <source>died_on: must lie between the birth date and today</source>
        <translation>died_on：必须在出生日期与今天之间</translation>
    </message>
    <message>
        <source>the same id_number is on line %1 of this file</source>
        <translation>本文件第 %1 行有相同的 id_number</translation>
    </message>
    <message>
        <source>already belongs to person %1</source>
        <translation>已属于参保人 %1</translation>
    </message>
    <message>
        <source>institution %1 already exists</source>
        <translation>机构 %1 已存在</translation>
    </message>
    <message>
        <source>needs suspended_from on or before it</source>
        <translation>需要不晚于它的 suspended_from</translation>
    </message>
    <message>
        <source>institution %1 does not exist</source>
        <translation>机构 %1 不存在</translation>
    </message>
    <message>
        <source>must be HOLIDAY, WORKDAY or NORMAL</source>
        <translation>必须为 HOLIDAY、WORKDAY 或 NORMAL</translation>
    </message>
    <message>
        <source>WORKDAY marks a weekend make-up day, but %1 is a weekday</source>
        <translation>WORKDAY 表示周末调休上班日，但 %1 是工作日</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the database</source>
        <translation>数据库中没有“%1”</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>未知的列</translation>
    </message>
    <message>
        <source>column appears twice</source>
        <translation>列重复出现</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>has %1 fields, the header has %2</source>
        <translation>有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>“%1”不是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>does not match the sex encoded in id_number</source>
        <translation>与 id_number 中的性别不符</translation>
    </message>
    <message>
        <source>does not match the birth date encoded in id_number</source>
        <translation>与 id_number 中的出生日期不符</translation>
    </message>
    <message>
        <source>must be EMPLOYEE or RESIDENT</source>
        <translation>必须为 EMPLOYEE（职工）或 RESIDENT（城乡居民）</translation>
    </message>
    <message>
        <source>is before the birth date</source>
        <translation>早于出生日期</translation>
    </message>
    <message>
        <source>is before enrolled_on</source>
        <translation>早于 enrolled_on</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a six-digit GB/T 2260 code</source>
        <translation>“%1”不是 6 位 GB/T 2260 行政区划代码</translation>
    </message>
    <message>
        <source>must be ASSESS or CARE</source>
        <translation>必须为 ASSESS（评估机构）或 CARE（护理服务机构）</translation>
    </message>
    <message>
        <source>must be 1, 2 or 3</source>
        <translation>必须为 1、2 或 3</translation>
    </message>
    <message>
        <source>at least one service form is required</source>
        <translation>至少需要一种服务形式</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a service form code (A-Z, 0-9, _)</source>
        <translation>“%1”不是服务形式代码（A-Z、0-9、_）</translation>
    </message>
    <message>
        <source>is before agreement_from</source>
        <translation>早于 agreement_from</translation>
    </message>
    <message>
        <source>needs suspended_from</source>
        <translation>需要 suspended_from</translation>
    </message>
    <message>
        <source>is before suspended_from</source>
        <translation>早于 suspended_from</translation>
    </message>
    <message>
        <source>is before concluded_on</source>
        <translation>早于 concluded_on</translation>
    </message>
    <message>
        <source>is before admitted_on</source>
        <translation>早于 admitted_on</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month in the form YYYY-MM</source>
        <translation>“%1”不是 YYYY-MM 格式的月份</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>the settlement of %1 for %2 was changed by %3 meanwhile</source>
        <translation>%1 在 %2 的结算已被 %3 同时修改</translation>
    </message>
    <message>
        <source>the settlement of %1 for %2 is %3: this step is not allowed now</source>
        <translation>%1 在 %2 的结算处于“%3”状态：当前不能执行此步骤</translation>
    </message>
    <message>
        <source>must be accept or override</source>
        <translation>必须为 accept（认可）或 override（调整）</translation>
    </message>
    <message>
        <source>claim %1 line %2 has no audit result: run the audit first</source>
        <translation>申报单 %1 第 %2 行还没有审核结果：请先运行规则审核</translation>
    </message>
    <message>
        <source>allowed: must be between 0 and the claimed %1</source>
        <translation>allowed：必须在 0 与申报金额 %1 之间</translation>
    </message>
    <message>
        <source>there are no audited lines to review</source>
        <translation>没有可审核的已审明细</translation>
    </message>
    <message>
        <source>%1 line(s) are not reviewed yet</source>
        <translation>还有 %1 行明细未审核</translation>
    </message>
    <message>
        <source>must be approve or return</source>
        <translation>必须为 approve（通过）或 return（退回）</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细行数</translation>
    </message>
    <message>
        <source>Institution totals</source>
        <translation>机构汇总</translation>
    </message>
    <message>
        <source>Settlement period %1</source>
        <translation>结算期 %1</translation>
    </message>
    <message>
        <source>Institution code</source>
        <translation>机构编码</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申报金额</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>核准金额</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>扣减金额</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>基金支付</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>个人负担</translation>
    </message>
    <message>
        <source>Deposit withheld</source>
        <translation>预留保证金</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>应拨付金额</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>no valid entitlement</source>
        <translation>无有效待遇资格</translation>
    </message>
    <message>
        <source>not insured</source>
        <translation>未参保</translation>
    </message>
    <message>
        <source>no agreement in force or settlement suspended</source>
        <translation>无有效协议或已暂停结算</translation>
    </message>
    <message>
        <source>in hospital</source>
        <translation>住院期间</translation>
    </message>
    <message>
        <source>day already paid</source>
        <translation>当日已支付</translation>
    </message>
    <message>
        <source>above the standard</source>
        <translation>超过支付标准</translation>
    </message>
    <message>
        <source>service form not covered</source>
        <translation>服务形式不在待遇范围内</translation>
    </message>
    <message>
        <source>declaration does not add up</source>
        <translation>申报金额不符</translation>
    </message>
    <message>
        <source>level not eligible</source>
        <translation>失能等级不符合条件</translation>
    </message>
    <message>
        <source>Long-term care insurance settlement report</source>
        <translation>长期护理保险结算报表</translation>
    </message>
    <message>
        <source>Settlement period: %1</source>
        <translation>结算期：%1</translation>
    </message>
    <message>
        <source>Totals by institution</source>
        <translation>按机构汇总</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Deductions by reason</source>
        <translation>按原因统计扣减</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Deducted on lines with this reason</source>
        <translation>该原因所涉明细的扣减金额</translation>
    </message>
    <message>
        <source>First review:</source>
        <translation>初审：</translation>
    </message>
    <message>
        <source>Second review:</source>
        <translation>复核：</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>拨付：</translation>
    </message>
    <message>
        <source>district %1 is outside your district %2</source>
        <translation>辖区 %1 不在您的辖区 %2 范围内</translation>
    </message>
    <message>
        <source>the database refused the change: %1</source>
        <translation>数据库拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>there is no command named %1</source>
        <translation>没有名为 %1 的命令</translation>
    </message>
    <message>
        <source>your roles do not allow %1 (allowed: %2)</source>
        <translation>您的角色无权执行 %1（允许的角色：%2）</translation>
    </message>
    <message>
        <source>the local database is busy or unavailable</source>
        <translation>本地数据库忙或不可用</translation>
    </message>
    <message>
        <source>the change was not saved: %1</source>
        <translation>更改未保存：%1</translation>
    </message>
    <message>
        <source>the file is empty: a header row is required</source>
        <translation>文件为空：需要表头行</translation>
    </message>
    <message>
        <source>the local database is unavailable: %1</source>
        <translation>本地数据库不可用：%1</translation>
    </message>
    <message>
        <source>duplicates line %1 of this file</source>
        <translation>与本文件第 %1 行重复</translation>
    </message>
    <message>
        <source>unknown import kind &apos;%1&apos; (known: %2)</source>
        <translation>未知的导入类型“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>your roles do not allow importing %1</source>
        <translation>您的角色无权导入 %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>username: is required</source>
        <translation>username：为必填项</translation>
    </message>
    <message>
        <source>roles: &apos;%1&apos; is not a role</source>
        <translation>roles：“%1”不是有效角色</translation>
    </message>
    <message>
        <source>district: &apos;%1&apos; is not a six-digit GB/T 2260 code</source>
        <translation>district：“%1”不是 6 位 GB/T 2260 行政区划代码</translation>
    </message>
    <message>
        <source>password: must have at least 8 characters</source>
        <translation>password：至少需要 8 个字符</translation>
    </message>
    <message>
        <source>password: could not be hashed</source>
        <translation>password：无法生成散列值</translation>
    </message>
    <message>
        <source>Run the audit of this month first.</source>
        <translation>请先运行本月的规则审核。</translation>
    </message>
    <message>
        <source>The first review of this institution&apos;s month is complete.</source>
        <translation>该机构本月的初审已完成。</translation>
    </message>
    <message>
        <source>No line without deductions is waiting for review.</source>
        <translation>没有待审核的无扣减明细。</translation>
    </message>
    <message>
        <source>%1 line(s) are not reviewed yet.</source>
        <translation>还有 %1 行明细未审核。</translation>
    </message>
    <message>
        <source>The second review follows a completed first review.</source>
        <translation>复核须在初审完成后进行。</translation>
    </message>
    <message>
        <source>Only a month in first review can be returned.</source>
        <translation>只有处于初审阶段的结算才能退回机构。</translation>
    </message>
    <message>
        <source>Only a month that passed the second review is paid.</source>
        <translation>只有复核通过的结算才能拨付。</translation>
    </message>
    <message>
        <source>Your roles do not include this step.</source>
        <translation>您的角色不包括此步骤。</translation>
    </message>
    <message>
        <source>Not audited</source>
        <translation>未运行审核</translation>
    </message>
    <message>
        <source>First reviewed</source>
        <translation>已初审</translation>
    </message>
    <message>
        <source>Second reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>In first review</source>
        <translation>待初审</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Person no.</source>
        <translation>个人编号</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>险种</translation>
    </message>
    <message>
        <source>Settlement period</source>
        <translation>结算期</translation>
    </message>
    <message>
        <source>Care institution</source>
        <translation>护理服务机构</translation>
    </message>
    <message>
        <source>First review set the allowed amount to %1: %2</source>
        <translation>初审调整核准金额为 %1：%2</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>申报单</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务形式</translation>
    </message>
    <message>
        <source>Service dates</source>
        <translation>服务期间</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Reasons for deductions</source>
        <translation>扣减原因</translation>
    </message>
    <message>
        <source>not audited yet</source>
        <translation>尚未审核</translation>
    </message>
    <message>
        <source>Insured person or family (signature):</source>
        <translation>参保人或家属（签字）：</translation>
    </message>
    <message>
        <source>Care institution (seal):</source>
        <translation>护理服务机构（盖章）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Employee medical insurance</source>
        <translation>职工医保</translation>
    </message>
    <message>
        <source>Urban and rural resident medical insurance</source>
        <translation>城乡居民医保</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Long-term care insurance settlement statement</source>
        <translation>护理保险结算单</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>Allowed this month: %1 yuan (in words: %2), of which the fund pays %3 yuan and the insured person pays %4 yuan.</source>
        <translation>本月核准金额 %1 元（大写：%2），其中基金支付 %3 元，个人负担 %4 元。</translation>
    </message>
    <message>
        <source>Deductions follow the long-term care insurance policy in force; questions about this statement go to the care institution or the medical insurance office.</source>
        <translation>扣减依据现行长期护理保险政策；对本结算单有疑问的，请向护理服务机构或医保经办机构咨询。</translation>
    </message>
    <message>
        <source>%1 has no audited lines: run the audit first</source>
        <translation>%1 没有已审核的明细：请先运行规则审核</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>First reviewer</source>
        <translation>初审员</translation>
    </message>
    <message>
        <source>Second reviewer</source>
        <translation>复核员</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>已退回：%1</translation>
    </message>
    <message>
        <source>Claim no.</source>
        <translation>申报单号</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>服务起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>服务止</translation>
    </message>
    <message>
        <source>Deduction reasons</source>
        <translation>扣减原因</translation>
    </message>
    <message>
        <source>First review</source>
        <translation>初审</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>not audited</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Claim line</source>
        <translation>申报明细</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>服务期间</translation>
    </message>
    <message>
        <source>%1 to %2, %3 day(s)</source>
        <translation>%1 至 %2，共 %3 天</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>扣减原因</translation>
    </message>
    <message>
        <source>Fund / personal</source>
        <translation>基金 / 个人</translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>Sex / born</source>
        <translation>性别 / 出生</translation>
    </message>
    <message>
        <source>Insured since</source>
        <translation>参保日期</translation>
    </message>
    <message>
        <source>Insured until</source>
        <translation>参保截止</translation>
    </message>
    <message>
        <source>Died on</source>
        <translation>死亡日期</translation>
    </message>
    <message>
        <source>Conclusions (entitlement)</source>
        <translation>评估结论（待遇资格）</translation>
    </message>
    <message>
        <source>No conclusion on record.</source>
        <translation>无评估结论记录。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>失能等级</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>结论日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Hospital stays</source>
        <translation>住院记录</translation>
    </message>
    <message>
        <source>None on record.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入院日期</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>出院日期</translation>
    </message>
    <message>
        <source>still in hospital</source>
        <translation>尚未出院</translation>
    </message>
    <message>
        <source>All claims for this person this month</source>
        <translation>本人本月全部申报</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled: nothing was written.</source>
        <translation>已取消导入 %1：未写入任何数据。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 problem(s) below. Nothing was written; correct the file and import it again.</source>
        <translation>%1 未导入：存在以下 %2 处问题。未写入任何数据；请修改文件后重新导入。</translation>
    </message>
    <message>
        <source>%1 row(s) imported from %2 (encoding %3).</source>
        <translation>已从 %2 导入 %1 行（文件编码 %3）。</translation>
    </message>
    <message>
        <source>Kept as reviewed: the institution is past first review</source>
        <translation>保留原结果：该机构已完成初审</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>新增明细</translation>
    </message>
    <message>
        <source>No longer declared</source>
        <translation>已不在申报中</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>no longer: %1</source>
        <translation>不再：%1</translation>
    </message>
    <message>
        <source>amount recomputed (rates, days or data)</source>
        <translation>金额重新计算（标准、天数或数据变化）</translation>
    </message>
    <message>
        <source>fund share recomputed</source>
        <translation>基金支付重新计算</translation>
    </message>
    <message>
        <source>Allowed before</source>
        <translation>原核准金额</translation>
    </message>
    <message>
        <source>Allowed now</source>
        <translation>新核准金额</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Reasons now</source>
        <translation>现扣减原因</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>变化说明</translation>
    </message>
    <message>
        <source>Sample: random %1 %, seed %2 — %3 line(s)</source>
        <translation>抽审样本：随机 %1%，种子 %2 — 共 %3 行</translation>
    </message>
    <message>
        <source>Sample: claims above %1 — %2 line(s)</source>
        <translation>抽审样本：申报金额高于 %1 — 共 %2 行</translation>
    </message>
    <message>
        <source>Sample: allowed above the average of the level — %1 line(s)</source>
        <translation>抽审样本：核准金额高于同等级平均值 — 共 %1 行</translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation>调整为 %1</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>认可</translation>
    </message>
    <message>
        <source>the server answered the push without results</source>
        <translation>服务器对上传未给出结果</translation>
    </message>
    <message>
        <source>the local database refused the answer</source>
        <translation>本地数据库未能保存服务器的答复</translation>
    </message>
    <message>
        <source>the download was interrupted</source>
        <translation>下载被中断</translation>
    </message>
    <message>
        <source>allowed: no policy applied to this line, so nothing can be allowed for it</source>
        <translation>核定金额：本明细没有适用的待遇政策，不能核定金额</translation>
    </message>
    <message>
        <source>allowed: the policy version %1 this line was audited under is not stored</source>
        <translation>核定金额：本明细审核时所用的政策版本 %1 已不在本地</translation>
    </message>
    <message>
        <source>changed at first review</source>
        <translation>初审调整</translation>
    </message>
    <message>
        <source>As reviewed; the first review changed the audited amount by %1 (audited %2)</source>
        <translation>按审核后金额；初审对审核结果调整 %1 元（系统核定 %2 元）</translation>
    </message>
    <message>
        <source>Paid %1, deposit withheld %2</source>
        <translation>已拨付 %1 元，扣留质量保证金 %2 元</translation>
    </message>
    <message>
        <source>You took part in the first review of this month (you decided lines of it or took one of its steps); the second review must be done by another person.</source>
        <translation>您参与了本月结算的初审（审核过其中的明细或办理过初审步骤）；复核必须由另一人完成。</translation>
    </message>
    <message>
        <source>the settlement of %1 for %2 is %3: its claim lines can no longer change</source>
        <translation>机构 %1 %2 的结算处于 %3 状态：其申报明细不能再更改</translation>
    </message>
    <message>
        <source>claim %1 line %2 is in the settlement of %3 for %4, which is %5: it can no longer change</source>
        <translation>申报单 %1 第 %2 行属于机构 %3 %4 的结算，该结算处于 %5 状态：此明细不能再更改</translation>
    </message>
    <message>
        <source>you took part in the first review of this settlement (you decided lines of it or took one of its steps); the second review must be done by another person</source>
        <translation>您参与了此结算的初审（审核过其中的明细或办理过初审步骤）；复核必须由另一人完成</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 problem(s) below. Nothing was written; what is stored no longer lets these rows change.</source>
        <translation>%1 未导入：存在以下 %2 处问题。未写入任何数据；已保存的数据不允许再更改这些行。</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot keep a copy of the file in %1: %2</source>
        <translation>无法在 %1 中保存文件副本：%2</translation>
    </message>
    <message>
        <source>the file %1 is no longer on this computer</source>
        <translation>文件 %1 已不在本机</translation>
    </message>
    <message>
        <source>no files can be read here</source>
        <translation>此处无法读取文件</translation>
    </message>
    <message>
        <source>the calendar is shared by every district: only a city-level user may change it</source>
        <translation>工作日历由各辖区共用：只有市级用户可以修改</translation>
    </message>
    <message>
        <source>a policy of region %1 is not yours to change (your district is %2)</source>
        <translation>区划 %1 的政策不在您的修改范围内（您的辖区为 %2）</translation>
    </message>
    <message>
        <source>the change log refused the rows up to line %1</source>
        <translation>变更日志拒绝了截至第 %1 行的数据</translation>
    </message>
    <message>
        <source>%1 is shared by every district: only a city-level user may import it</source>
        <translation>%1 由各辖区共用：只有市级用户可以导入</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
    <message>
        <source>must be the SHA-256 of the file, in lowercase hex</source>
        <translation>必须是文件的 SHA-256（小写十六进制）</translation>
    </message>
    <message>
        <source>the file does not match its SHA-256</source>
        <translation>文件与其 SHA-256 不符</translation>
    </message>
    <message>
        <source>this is a demo database with invented data: it cannot be synchronised with a server</source>
        <translation>这是数据均为虚构的演示数据库，不能与服务器同步</translation>
    </message>
    <message>
        <source>this database belongs to another server or district (%1) and holds %2 unsent change(s): sync them there, or export them, before signing in here as a user of %3</source>
        <translation>此数据库属于另一服务器或辖区（%1），其中有 %2 项未上传的操作：请先在原处同步或导出这些操作，再以 %3 的用户身份在此登录</translation>
    </message>
    <message>
        <source>the file of this change is no longer on this computer</source>
        <translation>此操作的文件已不在本机</translation>
    </message>
    <message>
        <source>the file of this change is incomplete here</source>
        <translation>此操作的文件在本机不完整</translation>
    </message>
    <message>
        <source>the record has no district; only batch work may change it</source>
        <translation>该记录没有所属辖区，只能由批处理修改</translation>
    </message>
    <message>
        <source>the database refused the rows: %1</source>
        <translation>数据库拒绝写入这些行：%1</translation>
    </message>
    <message>
        <source>cannot keep a copy of the file in %1</source>
        <translation>无法在 %1 中保存文件副本</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>the stored row of this key belongs elsewhere: %1</source>
        <translation>此键已有的记录属于别处：%1</translation>
    </message>
    <message>
        <source>designation %1 does not exist</source>
        <translation>定点申请 %1 不存在</translation>
    </message>
    <message>
        <source>designation %1 is %2; this step needs it %3</source>
        <translation>定点申请 %1 的状态为 %2；此步骤要求状态为 %3</translation>
    </message>
    <message>
        <source>designation %1 already exists</source>
        <translation>定点申请 %1 已存在</translation>
    </message>
    <message>
        <source>%1 failed its review twice: it may not apply again until after %2</source>
        <translation>%1 两次审核不合格：%2 之后方可再次申请</translation>
    </message>
    <message>
        <source>%1 already has a designation under way</source>
        <translation>%1 已有正在办理的定点申请</translation>
    </message>
    <message>
        <source>name every missing item, all at once</source>
        <translation>请一次性列出所有需补齐的材料</translation>
    </message>
    <message>
        <source>requested_on: is before the application</source>
        <translation>requested_on：早于申请日期</translation>
    </message>
    <message>
        <source>the missing materials were already asked for: they are asked for once, all at once</source>
        <translation>已告知过需补齐的材料：材料须一次性告知</translation>
    </message>
    <message>
        <source>received_on: is before the materials were asked for</source>
        <translation>received_on：早于告知补齐材料的日期</translation>
    </message>
    <message>
        <source>the materials were due by %1: refuse the application (designation.refuse)</source>
        <translation>补齐材料的期限为 %1：请不予受理（designation.refuse）</translation>
    </message>
    <message>
        <source>must be PASS or FAIL</source>
        <translation>必须为 PASS 或 FAIL</translation>
    </message>
    <message>
        <source>reviewed_on: is before the application</source>
        <translation>reviewed_on：早于申请日期</translation>
    </message>
    <message>
        <source>a second review may be asked for until %1 only: apply again</source>
        <translation>再次审核只能在 %1 之前申请：请重新提出申请</translation>
    </message>
    <message>
        <source>published_to: the publication lasts at least %1 working days</source>
        <translation>published_to：公示时间不少于 %1 个工作日</translation>
    </message>
    <message>
        <source>published_from: is before the review</source>
        <translation>published_from：早于审核日期</translation>
    </message>
    <message>
        <source>received_on: objections are received during the publication</source>
        <translation>received_on：异议须在公示期内提出</translation>
    </message>
    <message>
        <source>objection %1 already exists</source>
        <translation>异议 %1 已存在</translation>
    </message>
    <message>
        <source>the publication runs until %1: negotiation starts after it</source>
        <translation>公示期至 %1：公示结束后方可协商谈判</translation>
    </message>
    <message>
        <source>a panel member has no name</source>
        <translation>审核小组有成员未填姓名</translation>
    </message>
    <message>
        <source>%1 is named twice on the panel</source>
        <translation>%1 在审核小组中重复出现</translation>
    </message>
    <message>
        <source>the panel needs at least %1 members, not %2</source>
        <translation>审核小组成员不少于 %1 人，现为 %2 人</translation>
    </message>
    <message>
        <source>the panel needs an odd number of members, not %1</source>
        <translation>审核小组成员须为单数，现为 %1 人</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>is before valid_from</source>
        <translation>早于 valid_from</translation>
    </message>
    <message>
        <source>%1 has no agreement yet: a first agreement concludes a designation in negotiation</source>
        <translation>%1 尚无协议：首次协议须在定点申请进入协商谈判后签订</translation>
    </message>
    <message>
        <source>valid_to: a first agreement runs at most 1 year, until %1</source>
        <translation>valid_to：首次协议期最长 1 年，至 %1</translation>
    </message>
    <message>
        <source>agreement %1 does not exist</source>
        <translation>协议 %1 不存在</translation>
    </message>
    <message>
        <source>agreement %1 has already ended</source>
        <translation>协议 %1 已中止或解除</translation>
    </message>
    <message>
        <source>must be INTAKE or SETTLEMENT</source>
        <translation>必须为 INTAKE 或 SETTLEMENT</translation>
    </message>
    <message>
        <source>staff member %1 does not exist</source>
        <translation>人员 %1 不存在</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>需要 %1</translation>
    </message>
    <message>
        <source>is before %1</source>
        <translation>早于 %1</translation>
    </message>
    <message>
        <source>must be ASSESSOR, EXPERT, DOCTOR, NURSE or CAREGIVER</source>
        <translation>必须为 ASSESSOR、EXPERT、DOCTOR、NURSE 或 CAREGIVER</translation>
    </message>
    <message>
        <source>the database is unavailable: %1</source>
        <translation>数据库不可用：%1</translation>
    </message>
    <message>
        <source>the legal representative of %1 is barred from managing a designated institution until %2</source>
        <translation>%1 的法定代表人在 %2 之前禁止从事定点机构管理活动</translation>
    </message>
    <message>
        <source>%1 has no legal representative&apos;s citizen ID on record (institution.update_profile)</source>
        <translation>%1 未登记法定代表人的公民身份号码（institution.update_profile）</translation>
    </message>
    <message>
        <source>the items&apos; maxima must add up to 100, not %1</source>
        <translation>各考核项满分之和须为 100，现为 %1</translation>
    </message>
    <message>
        <source>the deposit of %1 for %2 was already released</source>
        <translation>%1 的 %2 年度质量保证金已返还</translation>
    </message>
    <message>
        <source>%1 has no performance score for %2: score it first</source>
        <translation>%1 尚无 %2 年度考核得分：请先考核</translation>
    </message>
    <message>
        <source>id: there is no application %1</source>
        <translation>id：申请 %1 不存在</translation>
    </message>
    <message>
        <source>status: application %1 is %2; %3 is allowed only when it is %4</source>
        <translation>status：申请 %1 当前为 %2；只有在 %4 状态下才能执行 %3</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 晚于今天</translation>
    </message>
    <message>
        <source>must be a non-empty list of material codes</source>
        <translation>必须是非空的材料代码列表</translation>
    </message>
    <message>
        <source>must be a list of material codes</source>
        <translation>必须是材料代码列表</translation>
    </message>
    <message>
        <source>must be a material code</source>
        <translation>必须是材料代码</translation>
    </message>
    <message>
        <source>%1 is not on the materials checklist of the policy in force</source>
        <translation>%1 不在现行政策的材料清单中</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 重复列出</translation>
    </message>
    <message>
        <source>must be PERSON, GUARDIAN or AGENT</source>
        <translation>必须为 PERSON、GUARDIAN 或 AGENT</translation>
    </message>
    <message>
        <source>must be a UUID chosen by the client</source>
        <translation>必须是客户端生成的 UUID</translation>
    </message>
    <message>
        <source>must be FIRST, DISPUTE or REASSESS</source>
        <translation>必须为 FIRST、DISPUTE 或 REASSESS</translation>
    </message>
    <message>
        <source>must be COUNTER or ONLINE</source>
        <translation>必须为 COUNTER 或 ONLINE</translation>
    </message>
    <message>
        <source>there is no insured person %1</source>
        <translation>参保人 %1 不存在</translation>
    </message>
    <message>
        <source>is before the person&apos;s birth</source>
        <translation>早于参保人出生日期</translation>
    </message>
    <message>
        <source>channel: an online channel account may submit ONLINE applications only</source>
        <translation>channel：网上申办渠道账户只能提交 ONLINE 申请</translation>
    </message>
    <message>
        <source>id: application %1 already exists</source>
        <translation>id：申请 %1 已存在</translation>
    </message>
    <message>
        <source>kind: person %1 already has an open %2 application; a person has at most one open application of a kind</source>
        <translation>kind：参保人 %1 已有在办的 %2 申请；同类申请每人只能有一件在办</translation>
    </message>
    <message>
        <source>is before %1, when the materials were last complete</source>
        <translation>早于材料齐全之日 %1</translation>
    </message>
    <message>
        <source>the required item %1 has not been received and is not requested: request every missing item at once</source>
        <translation>必备材料 %1 尚未收到且未列入补正通知：缺少的材料须一次性告知</translation>
    </message>
    <message>
        <source>is before %1, when the materials were requested</source>
        <translation>早于通知补正材料之日 %1</translation>
    </message>
    <message>
        <source>materials: the required items %1 have not been received; request them or refuse the application</source>
        <translation>materials：必备材料 %1 尚未收到；请通知补正或不予受理</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须为以下之一：%1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收件</translation>
    </message>
    <message>
        <source>Awaiting materials</source>
        <translation>待补材料</translation>
    </message>
    <message>
        <source>Accepted for assessment</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>First assessment</source>
        <translation>首次评估</translation>
    </message>
    <message>
        <source>Re-assessment on dispute</source>
        <translation>复评</translation>
    </message>
    <message>
        <source>Scheduled re-assessment</source>
        <translation>重新评估</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>窗口申请</translation>
    </message>
    <message>
        <source>Online application</source>
        <translation>网上申请</translation>
    </message>
    <message>
        <source>Not insured for long-term care</source>
        <translation>未参加长期护理保险</translation>
    </message>
    <message>
        <source>Insured for less than 6 months and treated for less than 6 months</source>
        <translation>参保未满6个月，且治疗未满6个月</translation>
    </message>
    <message>
        <source>Does not meet the conditions for benefits</source>
        <translation>不符合待遇享受条件</translation>
    </message>
    <message>
        <source>The care costs are outside what the fund pays for</source>
        <translation>发生护理服务费用不属于长期护理保险基金支付范围</translation>
    </message>
    <message>
        <source>The materials are incomplete or false</source>
        <translation>申报材料不全或提供虚假材料</translation>
    </message>
    <message>
        <source>Other reasons not to accept an assessment application</source>
        <translation>其他不予受理评估申请的情形</translation>
    </message>
    <message>
        <source>Not insured on %1, the day the application was received</source>
        <translation>%1（收件日）未参保</translation>
    </message>
    <message>
        <source>Insured since %1, less than 6 months, and no hospital treatment 6 months ago or earlier</source>
        <translation>自 %1 参保，未满6个月，且6个月前无住院治疗记录</translation>
    </message>
    <message>
        <source>A conclusion of level %1 from %2 qualifies for benefits and is valid until %3</source>
        <translation>%2 的 %1 级评估结论可享受待遇，有效期至 %3</translation>
    </message>
    <message>
        <source>The person has another open application of this kind</source>
        <translation>该参保人已有同类在办申请</translation>
    </message>
    <message>
        <source>New application at the counter</source>
        <translation>窗口受理新申请</translation>
    </message>
    <message>
        <source>ID number, person number or name</source>
        <translation>身份证号、个人编号或姓名</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Register a &amp;new person…</source>
        <translation>登记新参保人(&amp;N)…</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>参保人：</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>District</source>
        <translation>统筹区</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>申请类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>受理日期(&amp;R)：</translation>
    </message>
    <message>
        <source>The person themself</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>A guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>An agent</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>申请人(&amp;A)：</translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;name:</source>
        <translation>申请人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;ID number:</source>
        <translation>申请人身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Materials handed in</source>
        <translation>已提交的材料</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交申请(&amp;S)</translation>
    </message>
    <message>
        <source>No insured person matches &quot;%1&quot;.</source>
        <translation>没有与“%1”相符的参保人。</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必需）</translation>
    </message>
    <message>
        <source>Find and choose the insured person first.</source>
        <translation>请先查找并选择参保人。</translation>
    </message>
    <message>
        <source>Register an insured person</source>
        <translation>登记参保人</translation>
    </message>
    <message>
        <source>&amp;Person no.:</source>
        <translation>个人编号(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Employees&apos; insurance</source>
        <translation>职工医保</translation>
    </message>
    <message>
        <source>Residents&apos; insurance</source>
        <translation>居民医保</translation>
    </message>
    <message>
        <source>&amp;Insurance:</source>
        <translation>参保类型(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Enrolled on:</source>
        <translation>参保日期(&amp;E)：</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>统筹区：</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>born %1, %2</source>
        <translation>出生于 %1，%2</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>id_number: %1</source>
        <translation>身份证号：%1</translation>
    </message>
    <message>
        <source>Request the missing materials</source>
        <translation>一次性告知补正材料</translation>
    </message>
    <message>
        <source>Every item still missing is asked for at once; the review clock stops until they arrive.</source>
        <translation>一次性告知全部缺少的材料；材料补齐前暂停审核计时。</translation>
    </message>
    <message>
        <source>Note for the applicant:</source>
        <translation>给申请人的说明：</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>告知(&amp;R)</translation>
    </message>
    <message>
        <source>Tick at least one missing item.</source>
        <translation>请至少勾选一项缺少的材料。</translation>
    </message>
    <message>
        <source>Refuse the application</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>说明(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>不予受理(&amp;R)</translation>
    </message>
    <message>
        <source>Say why, for the notice the applicant receives.</source>
        <translation>请填写说明，将写入给申请人的通知书。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人员</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>逾期 %1 日</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>新建申请…</translation>
    </message>
    <message>
        <source>A new application at the counter</source>
        <translation>窗口受理新申请</translation>
    </message>
    <message>
        <source>Application submitted.</source>
        <translation>申请已提交。</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 applications</source>
        <translation>共 %1 件申请</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>受理(&amp;A)</translation>
    </message>
    <message>
        <source>Request &amp;missing materials…</source>
        <translation>告知补正材料(&amp;M)…</translation>
    </message>
    <message>
        <source>Materials &amp;arrived</source>
        <translation>材料已补齐(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>不予受理(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print notice…</source>
        <translation>打印通知书(&amp;P)…</translation>
    </message>
    <message>
        <source>Notice as P&amp;DF…</source>
        <translation>通知书导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Name, person number or ID number</source>
        <translation>姓名、个人编号或身份证号</translation>
    </message>
    <message>
        <source>Choose an application, or press Ctrl+N for a new one at the counter.</source>
        <translation>请选择一件申请，或按 Ctrl+N 窗口受理新申请。</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未办理</translation>
    </message>
    <message>
        <source>Accept the application</source>
        <translation>受理申请</translation>
    </message>
    <message>
        <source>Before deciding:
%1

Accept all the same?</source>
        <translation>审核提示：
%1

仍然受理吗？</translation>
    </message>
    <message>
        <source>Accepted: the assessment task is handed over.</source>
        <translation>已受理：评估任务已转交。</translation>
    </message>
    <message>
        <source>Missing materials requested: the clock stops until they arrive.</source>
        <translation>已告知补正材料：材料补齐前暂停计时。</translation>
    </message>
    <message>
        <source>Materials received: the clock runs again.</source>
        <translation>补正材料已收齐：重新开始计时。</translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation>已不予受理。</translation>
    </message>
    <message>
        <source>Medical Insurance Office</source>
        <translation>医疗保障经办机构</translation>
    </message>
    <message>
        <source>Notice as PDF</source>
        <translation>通知书导出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Notice written to %1</source>
        <translation>通知书已保存到 %1</translation>
    </message>
    <message>
        <source>died on %1</source>
        <translation>已于 %1 死亡</translation>
    </message>
    <message>
        <source>insured from %1 to %2</source>
        <translation>参保期间 %1 至 %2</translation>
    </message>
    <message>
        <source>insured since %1</source>
        <translation>自 %1 起参保</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Missing materials requested</source>
        <translation>已一次性告知补正材料</translation>
    </message>
    <message>
        <source>Missing materials received</source>
        <translation>补正材料已收齐</translation>
    </message>
    <message>
        <source>Earlier applications</source>
        <translation>以往申请</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>评估结论</translation>
    </message>
    <message>
        <source>level %1, concluded %2, valid until %3</source>
        <translation>%1 级，%2 作出，有效期至 %3</translation>
    </message>
    <message>
        <source>Received %1; decision due %2</source>
        <translation>%1 收件；办结期限 %2</translation>
    </message>
    <message>
        <source>(the clock stops while materials are awaited)</source>
        <translation>（等待补正材料期间暂停计时）</translation>
    </message>
    <message>
        <source>Refused: %1 %2</source>
        <translation>不予受理：%1 %2</translation>
    </message>
    <message>
        <source>Before deciding</source>
        <translation>审核提示</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>The policy in force lists no materials checklist.</source>
        <translation>所适用的政策未列出申请材料清单。</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>%1 已收</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>%1 已告知补正</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>非必需</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>the PDF could not be written to %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <source>must be &quot;restart&quot; or &quot;resume&quot;</source>
        <translation>必须为 &quot;restart&quot; 或 &quot;resume&quot;</translation>
    </message>
    <message>
        <source>material %1 is listed twice</source>
        <translation>材料 %1 重复列出</translation>
    </message>
    <message>
        <source>id: an online channel account may attach scans to ONLINE applications only</source>
        <translation>id：线上渠道账号只能为线上（ONLINE）申请添加扫描件</translation>
    </message>
    <message>
        <source>must be the file&apos;s size, 1 byte to %1 MiB</source>
        <translation>必须是文件大小，1 字节至 %1 MiB</translation>
    </message>
    <message>
        <source>the file has %1 bytes, not %2</source>
        <translation>文件大小为 %1 字节，而不是 %2</translation>
    </message>
    <message>
        <source>the file is neither a PDF nor a JPEG scan</source>
        <translation>该文件既不是 PDF 也不是 JPEG 扫描件</translation>
    </message>
    <message>
        <source>scan %1 already exists</source>
        <translation>扫描件 %1 已存在</translation>
    </message>
    <message>
        <source>is longer than 200 characters</source>
        <translation>超过 200 个字符</translation>
    </message>
    <message>
        <source>%1 is not on the materials checklist of application %2</source>
        <translation>%1 不在申请 %2 的材料清单中</translation>
    </message>
    <message>
        <source>blob: this file is already attached as %1</source>
        <translation>blob：该文件已作为 %1 添加</translation>
    </message>
    <message>
        <source>scan_id: there is no scan %1</source>
        <translation>scan_id：没有扫描件 %1</translation>
    </message>
    <message>
        <source>(none of the checklist&apos;s items)</source>
        <translation>（不属于清单中的任何一项）</translation>
    </message>
    <message>
        <source>Attach a scan</source>
        <translation>添加扫描件</translation>
    </message>
    <message>
        <source>The scan shows:</source>
        <translation>扫描件内容：</translation>
    </message>
    <message>
        <source>Attach a &amp;scan…</source>
        <translation>添加扫描件(&amp;S)…</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 超过 %2 MiB</translation>
    </message>
    <message>
        <source>Scan attached: it goes to the server at the next sync.</source>
        <translation>已添加扫描件：下次同步时上传至服务器。</translation>
    </message>
    <message>
        <source>Open a scan</source>
        <translation>打开扫描件</translation>
    </message>
    <message>
        <source>%1 has not reached this computer yet; the next sync brings it.</source>
        <translation>%1 尚未下载到本机；下次同步时下载。</translation>
    </message>
    <message>
        <source>cannot copy the scan to %1</source>
        <translation>无法将扫描件复制到 %1</translation>
    </message>
    <message>
        <source>materials %1/%2</source>
        <translation>材料 %1/%2</translation>
    </message>
    <message>
        <source>%1 scans</source>
        <translation>扫描件 %1 份</translation>
    </message>
    <message>
        <source>Scan attached</source>
        <translation>添加扫描件</translation>
    </message>
    <message>
        <source>Scan removed</source>
        <translation>移除扫描件</translation>
    </message>
    <message>
        <source>Other scans</source>
        <translation>其他扫描件</translation>
    </message>
    <message>
        <source>renewal_terms: a performance score of %1 allows no renewal of %2</source>
        <translation>renewal_terms：考核得分 %1，%2 不符合续约条件</translation>
    </message>
    <message>
        <source>renewal_terms: %1 has no performance score by %2: score it before renewing</source>
        <translation>renewal_terms：截至 %2，%1 尚无考核得分：请先考核再续约</translation>
    </message>
    <message>
        <source>valid_to: this renewal runs at most %1 year(s), until %2</source>
        <translation>valid_to：本次续约协议期最长 %1 年，至 %2</translation>
    </message>
    <message>
        <source>Liquidated damages deducted</source>
        <translation>扣除违约金</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>the workbook could not be created at %1</source>
        <translation>无法创建工作簿：%1</translation>
    </message>
    <message>
        <source>the workbook could not be written to %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>Application for designation</source>
        <translation>定点申请受理</translation>
    </message>
    <message>
        <source>An institution not yet registered is registered from its application; for one already registered only its code and the day count.</source>
        <translation>尚未登记的机构随申请一并登记；已登记的机构只需填写机构编码和申请日期。</translation>
    </message>
    <message>
        <source>Institution &amp;code:</source>
        <translation>机构编码(&amp;C)：</translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation>申请日期：</translation>
    </message>
    <message>
        <source>Institution &amp;name:</source>
        <translation>机构名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>机构类型：</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Service forms:</source>
        <translation>服务类型：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <source>Representative&apos;s ID number:</source>
        <translation>法定代表人身份证号：</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Capacity (beds or persons):</source>
        <translation>服务能力（床位或人数）：</translation>
    </message>
    <message>
        <source>Medically qualified:</source>
        <translation>具备医疗资质：</translation>
    </message>
    <message>
        <source>Has an LTC management unit:</source>
        <translation>设有长护管理内设机构：</translation>
    </message>
    <message>
        <source>Request missing materials</source>
        <translation>一次性告知补正材料</translation>
    </message>
    <message>
        <source>%1 · %2
Name every missing item now: they are asked for once, all at once, and are due within %3 working days.</source>
        <translation>%1 · %2
请一次性列明需补正的全部材料：补正告知只发一次，机构应在 %3 个工作日内补齐。</translation>
    </message>
    <message>
        <source>Missing items:</source>
        <translation>需补正材料：</translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation>告知日期：</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>补正材料已收到</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>收到日期：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Formal check passed</source>
        <translation>形式审查通过</translation>
    </message>
    <message>
        <source>%1 · %2
The materials are complete: the comprehensive review begins. It is due within 3 months of the application, the %3 days spent waiting for materials not counted.</source>
        <translation>%1 · %2
材料齐全，进入综合评估。评估应自受理申请之日起 3 个月内完成，等待补正材料的 %3 天不计入。</translation>
    </message>
    <message>
        <source>Comprehensive review</source>
        <translation>综合评估</translation>
    </message>
    <message>
        <source>%1 · %2
Documents and site visit, decided collectively by a panel of at least %3 members, an odd number.</source>
        <translation>%1 · %2
材料审核和现场评估，由不少于 %3 人且为单数的评估小组集体评议决定。</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>评估日期：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>评估结果：</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Panel members:</source>
        <translation>评估小组成员：</translation>
    </message>
    <message>
        <source>Reasons (on fail):</source>
        <translation>未通过原因：</translation>
    </message>
    <message>
        <source>Suggestions:</source>
        <translation>整改建议：</translation>
    </message>
    <message>
        <source>Second review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Publish the passed institution</source>
        <translation>公示通过评估的机构</translation>
    </message>
    <message>
        <source>%1 · %2
The publication lasts at least %3 working days.</source>
        <translation>%1 · %2
公示期不少于 %3 个工作日。</translation>
    </message>
    <message>
        <source>Published from:</source>
        <translation>公示开始：</translation>
    </message>
    <message>
        <source>Published to:</source>
        <translation>公示结束：</translation>
    </message>
    <message>
        <source>Record an objection</source>
        <translation>登记公示异议</translation>
    </message>
    <message>
        <source>Objection:</source>
        <translation>异议内容：</translation>
    </message>
    <message>
        <source>Start negotiation</source>
        <translation>开始协商谈判</translation>
    </message>
    <message>
        <source>Started on:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Renew the agreement</source>
        <translation>续签服务协议</translation>
    </message>
    <message>
        <source>Sign the agreement</source>
        <translation>签订服务协议</translation>
    </message>
    <message>
        <source>A renewal runs up to 3 years, by the institution&apos;s performance.</source>
        <translation>续签协议根据机构考核情况，期限最长 3 年。</translation>
    </message>
    <message>
        <source>A first agreement runs 1 year and concludes the designation.</source>
        <translation>首次签订的协议期限为 1 年，签订后定点流程办结。</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>协议起始：</translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation>协议截止：</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>签订日期：</translation>
    </message>
    <message>
        <source>Own deposit ratio (‰, optional):</source>
        <translation>协议约定质量保证金比例（‰，可空）：</translation>
    </message>
    <message>
        <source>Own deposit ratio: a whole number of per mille</source>
        <translation>协议约定质量保证金比例：应为整数千分比</translation>
    </message>
    <message>
        <source>Terminate an agreement</source>
        <translation>中止/解除服务协议</translation>
    </message>
    <message>
        <source>From this day the agreement is not in force; the institution returns only through a new application.</source>
        <translation>自该日起协议不再有效；机构只能重新申请纳入定点管理。</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>服务协议：</translation>
    </message>
    <message>
        <source>Ended from:</source>
        <translation>中止/解除日期：</translation>
    </message>
    <message>
        <source>Suspend intake or settlement</source>
        <translation>暂停新增服务对象或暂停结算</translation>
    </message>
    <message>
        <source>Suspend:</source>
        <translation>暂停事项：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <source>To (empty: until further notice):</source>
        <translation>截止日期（空：另行通知）：</translation>
    </message>
    <message>
        <source>Performance score</source>
        <translation>考核评分</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>考核年度：</translation>
    </message>
    <message>
        <source>Criteria set:</source>
        <translation>考核标准：</translation>
    </message>
    <message>
        <source>Scored on:</source>
        <translation>评分日期：</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>考核项目：</translation>
    </message>
    <message>
        <source>Record a violation</source>
        <translation>登记违约行为</translation>
    </message>
    <message>
        <source>The liquidated damages are deducted from the institution&apos;s next payments.</source>
        <translation>违约金从该机构此后的结算拨付中扣除。</translation>
    </message>
    <message>
        <source>Found on:</source>
        <translation>发现日期：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>违约情形：</translation>
    </message>
    <message>
        <source>Liquidated damages (yuan):</source>
        <translation>违约金（元）：</translation>
    </message>
    <message>
        <source>Suspend a staff member from settlement</source>
        <translation>暂停人员结算资格</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Months (3-12):</source>
        <translation>月数（3-12）：</translation>
    </message>
    <message>
        <source>Bar a staff member from the work</source>
        <translation>禁止人员从业</translation>
    </message>
    <message>
        <source>Years (1-3):</source>
        <translation>年数（1-3）：</translation>
    </message>
    <message>
        <source>Bar the legal representative</source>
        <translation>限制法定代表人</translation>
    </message>
    <message>
        <source>%1 may not manage a designated institution for %2 years.</source>
        <translation>%1 在 %2 年内不得担任定点机构的负责人。</translation>
    </message>
    <message>
        <source>Institution profile</source>
        <translation>机构登记信息</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Service agreements</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违约</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>通知与名单</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>定点机构</translation>
    </message>
    <message>
        <source>Designations</source>
        <translation>定点申请</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 家机构</translation>
    </message>
    <message>
        <source>Any agreement state</source>
        <translation>全部协议状态</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部统筹区</translation>
    </message>
    <message>
        <source>Expiring within 60 days or overdue</source>
        <translation>60 天内到期或已逾期</translation>
    </message>
    <message>
        <source>Name, code or credit code</source>
        <translation>名称、编码或统一社会信用代码</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>仅显示办理中</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Choose an institution.</source>
        <translation>请选择机构。</translation>
    </message>
    <message>
        <source>Choose an application for designation, or receive a new one.</source>
        <translation>请选择一条定点申请，或受理新的申请。</translation>
    </message>
    <message>
        <source>Request &amp;materials…</source>
        <translation>告知补正材料(&amp;M)…</translation>
    </message>
    <message>
        <source>Materials &amp;arrived…</source>
        <translation>补正材料已收(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>不予受理(&amp;F)…</translation>
    </message>
    <message>
        <source>Formal check &amp;passed…</source>
        <translation>形式审查通过(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>综合评估(&amp;V)…</translation>
    </message>
    <message>
        <source>Review again…</source>
        <translation>再次评估…</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>公示(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Objection…</source>
        <translation>登记异议(&amp;O)…</translation>
    </message>
    <message>
        <source>Ne&amp;gotiate…</source>
        <translation>协商谈判(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Sign agreement…</source>
        <translation>签订协议(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Sign or renew…</source>
        <translation>签订/续签(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>中止/解除(&amp;T)…</translation>
    </message>
    <message>
        <source>Sus&amp;pend…</source>
        <translation>暂停(&amp;P)…</translation>
    </message>
    <message>
        <source>Sc&amp;ore…</source>
        <translation>考核(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Violation…</source>
        <translation>违约(&amp;V)…</translation>
    </message>
    <message>
        <source>Suspend staff…</source>
        <translation>暂停人员结算…</translation>
    </message>
    <message>
        <source>Bar staff…</source>
        <translation>禁止人员从业…</translation>
    </message>
    <message>
        <source>Bar representative…</source>
        <translation>限制法定代表人…</translation>
    </message>
    <message>
        <source>Profile…</source>
        <translation>登记信息…</translation>
    </message>
    <message>
        <source>Print &amp;notice…</source>
        <translation>打印通知书(&amp;N)…</translation>
    </message>
    <message>
        <source>Notice as PDF…</source>
        <translation>通知书另存为 PDF…</translation>
    </message>
    <message>
        <source>Publication list…</source>
        <translation>公示名单…</translation>
    </message>
    <message>
        <source>Designated list…</source>
        <translation>定点机构名单…</translation>
    </message>
    <message>
        <source>List as PDF…</source>
        <translation>名单另存为 PDF…</translation>
    </message>
    <message>
        <source>List as xlsx…</source>
        <translation>名单导出 xlsx…</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已办理：%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Designated list as xlsx</source>
        <translation>定点机构名单导出 xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 until further notice</source>
        <translation>%1 起，另行通知为止</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>%1 离职</translation>
    </message>
    <message>
        <source>barred until %1</source>
        <translation>禁止从业至 %1</translation>
    </message>
    <message>
        <source>barred</source>
        <translation>禁止从业</translation>
    </message>
    <message>
        <source>suspended from settlement until %1</source>
        <translation>暂停结算至 %1</translation>
    </message>
    <message>
        <source>suspended from settlement</source>
        <translation>暂停结算</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Assessment agency</source>
        <translation>评估机构</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>协议有效</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Expired, not renewed</source>
        <translation>已到期未续签</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已中止/解除</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>无协议</translation>
    </message>
    <message>
        <source>Formal check</source>
        <translation>形式审查</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>综合评估中</translation>
    </message>
    <message>
        <source>Failed review</source>
        <translation>评估未通过</translation>
    </message>
    <message>
        <source>Failed twice, barred</source>
        <translation>两次未通过，限制申请</translation>
    </message>
    <message>
        <source>Passed review</source>
        <translation>评估通过</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>协商谈判中</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>已签订协议</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估员</translation>
    </message>
    <message>
        <source>Assessment expert</source>
        <translation>评估专家</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医师</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>长期照护师</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>新增服务对象</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>受理申请</translation>
    </message>
    <message>
        <source>Application refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Review recorded</source>
        <translation>登记综合评估结果</translation>
    </message>
    <message>
        <source>Second review requested</source>
        <translation>申请再次评估</translation>
    </message>
    <message>
        <source>Objection recorded</source>
        <translation>登记公示异议</translation>
    </message>
    <message>
        <source>Negotiation started</source>
        <translation>开始协商谈判</translation>
    </message>
    <message>
        <source>Agreement terminated</source>
        <translation>中止/解除协议</translation>
    </message>
    <message>
        <source>Suspension recorded</source>
        <translation>登记暂停</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>变更登记信息</translation>
    </message>
    <message>
        <source>Staff suspended from settlement</source>
        <translation>暂停人员结算资格</translation>
    </message>
    <message>
        <source>Staff barred</source>
        <translation>禁止人员从业</translation>
    </message>
    <message>
        <source>Legal representative barred</source>
        <translation>限制法定代表人</translation>
    </message>
    <message>
        <source>Performance scored</source>
        <translation>登记考核评分</translation>
    </message>
    <message>
        <source>Violation recorded</source>
        <translation>登记违约</translation>
    </message>
    <message>
        <source>Institutions file imported</source>
        <translation>导入机构信息</translation>
    </message>
    <message>
        <source>Staff file imported</source>
        <translation>导入人员信息</translation>
    </message>
    <message>
        <source>%1 working days overdue</source>
        <translation>已逾期 %1 个工作日</translation>
    </message>
    <message>
        <source>%1 working days left</source>
        <translation>剩余 %1 个工作日</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Service forms</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>服务能力</translation>
    </message>
    <message>
        <source>Medically qualified</source>
        <translation>医疗资质</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Staffing minimums not met</source>
        <translation>未达到的人员配备要求</translation>
    </message>
    <message>
        <source>All the policy&apos;s minimums are met.</source>
        <translation>已达到政策规定的全部人员配备要求。</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>应配</translation>
    </message>
    <message>
        <source>On staff</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>terminated from %1: %2</source>
        <translation>自 %1 起解除：%2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>续签</translation>
    </message>
    <message>
        <source>first</source>
        <translation>首次</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>协议期限</translation>
    </message>
    <message>
        <source>Deposit ratio</source>
        <translation>保证金比例</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>Staff (%1)</source>
        <translation>人员（%1 人）</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>人员编号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>资格证书</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>聘用期间</translation>
    </message>
    <message>
        <source>Performance scores</source>
        <translation>考核评分</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>违约情形</translation>
    </message>
    <message>
        <source>Damages</source>
        <translation>违约金</translation>
    </message>
    <message>
        <source>Deducted in</source>
        <translation>扣款月份</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Materials requested</source>
        <translation>告知补正材料</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>评估时限</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>评估小组</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>整改建议</translation>
    </message>
    <message>
        <source>Second review by</source>
        <translation>再次评估申请截止</translation>
    </message>
    <message>
        <source>Barred until</source>
        <translation>限制申请至</translation>
    </message>
    <message>
        <source>Negotiation from</source>
        <translation>协商谈判开始</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>公示异议</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议内容</translation>
    </message>
    <message>
        <source>an amount in yuan with at most two decimals</source>
        <translation>以元为单位的金额，最多两位小数</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <source>row %1: the maximum and the points are whole numbers</source>
        <translation>第 %1 行：满分和得分应为整数</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Agreement until</source>
        <translation>协议截止</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>定点申请</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1（%2 天）</translation>
    </message>
    <message>
        <source>All handlers</source>
        <translation>全部经办人</translation>
    </message>
    <message>
        <source>received from any day</source>
        <translation>收件起始：不限</translation>
    </message>
    <message>
        <source>to any day</source>
        <translation>截止：不限</translation>
    </message>
    <message>
        <source>Received-date range; the lowest value means no bound</source>
        <translation>收件日期范围；最小值表示不限</translation>
    </message>
    <message>
        <source>id: there is no assessment task %1</source>
        <translation>id：没有评估任务 %1</translation>
    </message>
    <message>
        <source>state: assessment task %1 is %2; %3 is allowed only when it is %4</source>
        <translation>state：评估任务 %1 当前为 %2；只有在 %4 时才能 %3</translation>
    </message>
    <message>
        <source>team: %1 experts are needed and only %2 may be drawn</source>
        <translation>评估小组：需要 %1 名评估专家，可抽取的只有 %2 名</translation>
    </message>
    <message>
        <source>team: %1 members are needed and only %2 may be drawn</source>
        <translation>评估小组：需要 %1 名成员，可抽取的只有 %2 名</translation>
    </message>
    <message>
        <source>must be RELATIVE or INTEREST</source>
        <translation>须为 RELATIVE 或 INTEREST</translation>
    </message>
    <message>
        <source>there is no staff member %1</source>
        <translation>没有人员 %1</translation>
    </message>
    <message>
        <source>id: conflict %1 is already declared</source>
        <translation>id：回避记录 %1 已登记</translation>
    </message>
    <message>
        <source>must be 16 lowercase hexadecimal digits</source>
        <translation>须为 16 位小写十六进制数字</translation>
    </message>
    <message>
        <source>agency: no designated assessment agency may take the task (%1)</source>
        <translation>评估机构：没有可承接该任务的定点评估机构（%1）</translation>
    </message>
    <message>
        <source>none serves the district</source>
        <translation>本统筹区没有评估机构</translation>
    </message>
    <message>
        <source>the policy&apos;s team needs this officer, by name</source>
        <translation>政策规定的评估小组需要该工作人员，请填写姓名</translation>
    </message>
    <message>
        <source>the policy&apos;s team has no such officer</source>
        <translation>政策规定的评估小组没有该类工作人员</translation>
    </message>
    <message>
        <source>the draw&apos;s algorithm %1 or seed %2 is not one this version can re-run</source>
        <translation>本版本无法复现算法为 %1 或种子为 %2 的抽取</translation>
    </message>
    <message>
        <source>is before the agency accepted the task</source>
        <translation>早于评估机构接收任务的日期</translation>
    </message>
    <message>
        <source>the policy&apos;s instrument %1 is not loaded</source>
        <translation>政策规定的评估量表 %1 尚未载入</translation>
    </message>
    <message>
        <source>%1 is not an assessment expert</source>
        <translation>%1 不是评估专家</translation>
    </message>
    <message>
        <source>%1 is not employed on %2</source>
        <translation>%1 在 %2 不在职</translation>
    </message>
    <message>
        <source>%1 may not confirm this assessment: %2</source>
        <translation>%1 不得确认本次评估：%2</translation>
    </message>
    <message>
        <source>staff_no: %1 has already confirmed this assessment</source>
        <translation>staff_no：%1 已确认过本次评估</translation>
    </message>
    <message>
        <source>%1 is not a service form of the policy in force</source>
        <translation>%1 不是现行政策中的服务形式</translation>
    </message>
    <message>
        <source>%1 is not a care institution</source>
        <translation>%1 不是长护服务机构</translation>
    </message>
    <message>
        <source>%1 may not take new persons for %2 on %3 (no agreement for the form, or intake suspended)</source>
        <translation>%1 在 %3 不得新增 %2 服务对象（协议不含该服务形式，或已暂停新增服务对象）</translation>
    </message>
    <message>
        <source>the publication runs until %1</source>
        <translation>公示期至 %1</translation>
    </message>
    <message>
        <source>concluded_on: the person already has a conclusion of %1</source>
        <translation>concluded_on：该参保人已有 %1 的评估结论</translation>
    </message>
    <message>
        <source>, not yet delivered</source>
        <translation>，且评估结论书尚未送达</translation>
    </message>
    <message>
        <source>is before the conclusion</source>
        <translation>早于评估结论日期</translation>
    </message>
    <message>
        <source>the publication ended on %1</source>
        <translation>公示期已于 %1 结束</translation>
    </message>
    <message>
        <source>instrument: %1 version %2 exists; load the next version</source>
        <translation>量表：%1 第 %2 版已存在；请载入下一版本</translation>
    </message>
    <message>
        <source>instrument: only a city-level account may load instruments</source>
        <translation>量表：只有市级账号可以载入评估量表</translation>
    </message>
    <message>
        <source>%1.items: must be a non-empty list</source>
        <translation>%1.items：须为非空列表</translation>
    </message>
    <message>
        <source>%1: needs a code and distinct scores of 0 or more in ascending order</source>
        <translation>%1：须有代码及不小于 0、互不相同且升序排列的分值</translation>
    </message>
    <message>
        <source>%1.grades[%2]: grades must be numbered 0, 1, … in order</source>
        <translation>%1.grades[%2]：分级须按 0、1、…… 顺序编号</translation>
    </message>
    <message>
        <source>%1.grades: the total %2 falls in %3 bands; every total the items can add up to must fall in one</source>
        <translation>%1.grades：总分 %2 落入 %3 个分级；各项目分值可能合计出的每个总分须恰好落入一个分级</translation>
    </message>
    <message>
        <source>level.rows: must name an indicator</source>
        <translation>level.rows：须指定一个指标</translation>
    </message>
    <message>
        <source>level.columns: %1 is not an indicator</source>
        <translation>level.columns：%1 不是指标</translation>
    </message>
    <message>
        <source>level.columns: the column indicators must have as many grades as each other</source>
        <translation>level.columns：列指标的分级数须相同</translation>
    </message>
    <message>
        <source>level.matrix: must have %1 rows of %2 levels 0-5</source>
        <translation>level.matrix：须为 %1 行、每行 %2 个 0-5 的等级</translation>
    </message>
    <message>
        <source>an instrument needs a code, a version of 1 or more, a name and its source</source>
        <translation>评估量表须有代码、不小于 1 的版本号、名称及来源</translation>
    </message>
    <message>
        <source>%1.code: must be a code no other indicator has</source>
        <translation>%1.code：须为其他指标未用的代码</translation>
    </message>
    <message>
        <source>scores.%1: %2 has no such indicator</source>
        <translation>scores.%1：%2 没有该指标</translation>
    </message>
    <message>
        <source>scores.%1.%2: no such item</source>
        <translation>scores.%1.%2：没有该项目</translation>
    </message>
    <message>
        <source>%1: is not scored</source>
        <translation>%1：未评分</translation>
    </message>
    <message>
        <source>%1: %2 is not one of the allowed scores %3</source>
        <translation>%1：%2 不是允许的分值 %3 之一</translation>
    </message>
    <message>
        <source>scores.%1: must be an object of item scores</source>
        <translation>scores.%1：须为各项目分值的对象</translation>
    </message>
    <message>
        <source>scores.%1.%2: must be a whole number</source>
        <translation>scores.%1.%2：须为整数</translation>
    </message>
    <message>
        <source>must be a whole number between %1 and %2</source>
        <translation>须为 %1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>is more than members</source>
        <translation>大于小组人数</translation>
    </message>
    <message>
        <source>must be distinct non-empty codes</source>
        <translation>须为互不相同的非空代码</translation>
    </message>
    <message>
        <source>must be distinct levels 0-5, each in one row</source>
        <translation>须为互不相同的 0-5 等级，每个等级只在一行中出现</translation>
    </message>
    <message>
        <source>the file is neither a JPEG nor a PNG photo</source>
        <translation>该文件不是 JPEG 或 PNG 照片</translation>
    </message>
    <message>
        <source>the file is not an MP4 video</source>
        <translation>该文件不是 MP4 视频</translation>
    </message>
    <message>
        <source>evidence %1 already exists</source>
        <translation>佐证材料 %1 已存在</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>must be PHOTO, VIDEO or NOTE</source>
        <translation>须为 PHOTO（照片）、VIDEO（视频）或 NOTE（记录）</translation>
    </message>
    <message>
        <source>blob: this file is already attached to the task</source>
        <translation>blob: 该文件已附在此任务上</translation>
    </message>
    <message>
        <source>evidence_id: there is no evidence %1</source>
        <translation>evidence_id: 没有佐证材料 %1</translation>
    </message>
    <message>
        <source>Draw history</source>
        <translation>抽取记录</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 个任务</translation>
    </message>
    <message>
        <source>&amp;Dispatch…</source>
        <translation>派单(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;draw…</source>
        <translation>重新抽取(&amp;D)…</translation>
    </message>
    <message>
        <source>Agency &amp;accepts…</source>
        <translation>机构接单(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Result…</source>
        <translation>评估结果(&amp;R)…</translation>
    </message>
    <message>
        <source>Expert &amp;confirms…</source>
        <translation>专家确认(&amp;C)…</translation>
    </message>
    <message>
        <source>Co&amp;nclude…</source>
        <translation>作出结论(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Letter delivered…</source>
        <translation>结论书已送达(&amp;L)…</translation>
    </message>
    <message>
        <source>Attach &amp;evidence…</source>
        <translation>附佐证材料(&amp;E)…</translation>
    </message>
    <message>
        <source>Add a no&amp;te…</source>
        <translation>添加记录(&amp;T)…</translation>
    </message>
    <message>
        <source>Draw &amp;history</source>
        <translation>抽取记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Print letter…</source>
        <translation>打印结论书(&amp;P)…</translation>
    </message>
    <message>
        <source>Letter as P&amp;DF…</source>
        <translation>结论书导出 P&amp;DF…</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>全部评估机构</translation>
    </message>
    <message>
        <source>All assessors</source>
        <translation>全部评估人员</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅超期(&amp;O)</translation>
    </message>
    <message>
        <source>Choose a task. Accepted applications arrive here to be dispatched.</source>
        <translation>请选择一个任务。已受理的申请在此等待派单。</translation>
    </message>
    <message>
        <source>Dispatched: the team is drawn.</source>
        <translation>已派单：评估小组已抽取。</translation>
    </message>
    <message>
        <source>Redrawn: the new team and its reason are recorded.</source>
        <translation>已重新抽取：新小组及理由已记录。</translation>
    </message>
    <message>
        <source>The agency has accepted the task.</source>
        <translation>评估机构已接单。</translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>The policy&apos;s instrument is not loaded.</source>
        <translation>政策规定的评估量表尚未载入。</translation>
    </message>
    <message>
        <source>Result recorded: the experts confirm it next.</source>
        <translation>评估结果已录入，下一步由专家确认。</translation>
    </message>
    <message>
        <source>Confirmation recorded.</source>
        <translation>专家确认已记录。</translation>
    </message>
    <message>
        <source>Objection recorded.</source>
        <translation>异议已记录。</translation>
    </message>
    <message>
        <source>Concluded: print the letter and deliver it.</source>
        <translation>已作出结论：请打印并送达结论书。</translation>
    </message>
    <message>
        <source>Delivered: the dispute window is open.</source>
        <translation>已送达：争议复评申请期开始计算。</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附佐证材料</translation>
    </message>
    <message>
        <source>Photos and video (*.jpg *.jpeg *.png *.mp4 *.mov)</source>
        <translation>照片和视频 (*.jpg *.jpeg *.png *.mp4 *.mov)</translation>
    </message>
    <message>
        <source>Evidence attached: it goes to the server at the next sync.</source>
        <translation>佐证材料已附上，下次同步时上传至服务器。</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>What was seen on the visit:</source>
        <translation>入户评估所见：</translation>
    </message>
    <message>
        <source>Note kept with the task.</source>
        <translation>记录已保存到任务。</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>打开佐证材料</translation>
    </message>
    <message>
        <source>cannot copy the file to %1</source>
        <translation>无法将文件复制到 %1</translation>
    </message>
    <message>
        <source>Letter as PDF</source>
        <translation>结论书导出 PDF</translation>
    </message>
    <message>
        <source>Letter written to %1</source>
        <translation>结论书已写入 %1</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>能力完好</translation>
    </message>
    <message>
        <source>mildly impaired</source>
        <translation>轻度受损</translation>
    </message>
    <message>
        <source>moderately impaired</source>
        <translation>中度受损</translation>
    </message>
    <message>
        <source>severely impaired</source>
        <translation>重度受损</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>%1 %2 · %3 version %4%5</source>
        <translation>%1 %2 · %3 第%4版%5</translation>
    </message>
    <message>
        <source> · online assessment (living elsewhere)</source>
        <translation> · 线上评估（异地居住）</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>失能等级：</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>评估日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Care-service &amp;advice:</source>
        <translation>护理服务建议(&amp;A)：</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <source> · %1 items to score</source>
        <translation> · 尚有 %1 项未评分</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>— (score every item)</source>
        <translation>—（请为每一项评分）</translation>
    </message>
    <message>
        <source>%1 %2, task %3</source>
        <translation>%1 %2，任务 %3</translation>
    </message>
    <message>
        <source>Dispatch and draw</source>
        <translation>派单并抽取评估人员</translation>
    </message>
    <message>
        <source>%1. The agency is chosen by %2; the team of %3 (at least %4 experts) is drawn from the seed, which is stored with the draw so that anyone can re-run it.</source>
        <translation>%1。评估机构按%2确定；评估小组 %3 人（其中专家不少于 %4 人）由随机种子抽取，种子随抽取记录保存，任何人均可复现。</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>轮流</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Online assessment (the person lives elsewhere)</source>
        <translation>线上评估（参保人异地居住）(&amp;O)</translation>
    </message>
    <message>
        <source>Redraw the team</source>
        <translation>重新抽取评估小组</translation>
    </message>
    <message>
        <source>%1. The agency stays; the team is drawn again from a new seed. Every earlier draw is kept.</source>
        <translation>%1。评估机构不变；以新的随机种子重新抽取评估小组，此前的抽取记录均保留。</translation>
    </message>
    <message>
        <source>&amp;Reason for the redraw:</source>
        <translation>重抽理由(&amp;R)：</translation>
    </message>
    <message>
        <source>The agency accepts the task</source>
        <translation>评估机构接单</translation>
    </message>
    <message>
        <source>Accepted &amp;on:</source>
        <translation>接单日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Expert confirmation</source>
        <translation>专家确认</translation>
    </message>
    <message>
        <source>%1. At least %2 different experts confirm the result; so far: %3.</source>
        <translation>%1。评估结果须经至少 %2 名不同专家确认；目前已确认：%3。</translation>
    </message>
    <message>
        <source>&amp;Expert:</source>
        <translation>专家(&amp;E)：</translation>
    </message>
    <message>
        <source>Confirmed &amp;on:</source>
        <translation>确认日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Objection during publication</source>
        <translation>公示期异议</translation>
    </message>
    <message>
        <source>%1. Published until %2. A substantiated objection ends this task and opens a re-assessment.</source>
        <translation>%1。公示至 %2。异议经核实的，本任务终止并启动复评。</translation>
    </message>
    <message>
        <source>&amp;Objector (by name):</source>
        <translation>反映人（实名）(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;What they report:</source>
        <translation>反映内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Substantiated: order a re-assessment</source>
        <translation>经核实属实，启动复评(&amp;S)</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>作出评估结论</translation>
    </message>
    <message>
        <source>%1. The conclusion becomes the record the settlement reads.</source>
        <translation>%1。评估结论即结算所依据的记录。</translation>
    </message>
    <message>
        <source>Concluded &amp;on:</source>
        <translation>结论日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Service &amp;form:</source>
        <translation>服务形式(&amp;F)：</translation>
    </message>
    <message>
        <source>(none chosen yet)</source>
        <translation>（尚未选择）</translation>
    </message>
    <message>
        <source>Care &amp;institution:</source>
        <translation>护理服务机构(&amp;I)：</translation>
    </message>
    <message>
        <source>Letter delivered</source>
        <translation>结论书送达</translation>
    </message>
    <message>
        <source>%1. Delivery ends the 30-working-day clock and opens the dispute window.</source>
        <translation>%1。送达即结束30个工作日时限计算，并开始计算争议复评申请期。</translation>
    </message>
    <message>
        <source>Delivered &amp;on:</source>
        <translation>送达日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>评估机构</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>评估小组</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Letter due</source>
        <translation>结论书期限</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Not yet dispatched; the clock runs from the acceptance of the application.</source>
        <translation>尚未派单；时限自申请受理之日起计算。</translation>
    </message>
    <message>
        <source>Accepted %1; conclusion letter due %2 (working days on the holiday calendar).</source>
        <translation>%1 受理；结论书须于 %2 前送达（按节假日日历计工作日）。</translation>
    </message>
    <message>
        <source>Online assessment: the person is registered as living elsewhere.</source>
        <translation>线上评估：参保人登记为异地居住。</translation>
    </message>
    <message>
        <source>The agency accepted the task on %1.</source>
        <translation>评估机构于 %1 接单。</translation>
    </message>
    <message>
        <source>Published until %1.</source>
        <translation>公示至 %1。</translation>
    </message>
    <message>
        <source>Concluded %1, valid until %2.</source>
        <translation>%1 作出结论，有效期至 %2。</translation>
    </message>
    <message>
        <source>Letter delivered %1; a dispute may be asked for until %2.</source>
        <translation>结论书于 %1 送达；可于 %2 前申请争议复评。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>Level %1, assessed %2 on %3 version %4.</source>
        <translation>失能等级 %1 级，%2 评估，量表 %3 第%4版。</translation>
    </message>
    <message>
        <source>Care-service advice: %1</source>
        <translation>护理服务建议：%1</translation>
    </message>
    <message>
        <source>Expert confirmations (%1 of %2)</source>
        <translation>专家确认（%1 / %2）</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2，%3</translation>
    </message>
    <message>
        <source>Objections during publication</source>
        <translation>公示期异议</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Substantiated: re-assessment task %1.</source>
        <translation>经核实属实：复评任务 %1。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>记录：%1</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>To dispatch</source>
        <translation>待派单</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>机构已接单</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>Awaiting expert confirmation</source>
        <translation>待专家确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>In publication</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有异议</translation>
    </message>
    <message>
        <source>Re-assessments</source>
        <translation>复评任务</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>争议复评</translation>
    </message>
    <message>
        <source>Re-assessment</source>
        <translation>重新评估</translation>
    </message>
    <message>
        <source>declared conflict of interest</source>
        <translation>已申报回避</translation>
    </message>
    <message>
        <source>on the staff of the person&apos;s care institution</source>
        <translation>系参保人护理服务机构人员</translation>
    </message>
    <message>
        <source>assessed the disputed conclusion</source>
        <translation>参与原评估</translation>
    </message>
    <message>
        <source>the disputed conclusion&apos;s agency</source>
        <translation>原评估机构</translation>
    </message>
    <message>
        <source>no agreement in force</source>
        <translation>无有效协议</translation>
    </message>
    <message>
        <source>intake suspended</source>
        <translation>暂停接收新服务对象</translation>
    </message>
    <message>
        <source>at capacity</source>
        <translation>任务已满</translation>
    </message>
    <message>
        <source>%1 · %2 · task %3</source>
        <translation>%1 · %2 · 任务 %3</translation>
    </message>
    <message>
        <source>Agency and team</source>
        <translation>评估机构与评估小组</translation>
    </message>
    <message>
        <source>Agency: %1 %2</source>
        <translation>评估机构：%1 %2</translation>
    </message>
    <message>
        <source>Team (draw %1): %2</source>
        <translation>评估小组（第 %1 次抽取）：%2</translation>
    </message>
    <message>
        <source>%1 draws; see the draw history.</source>
        <translation>共抽取 %1 次，详见抽取记录。</translation>
    </message>
    <message>
        <source>Draws of task %1</source>
        <translation>任务 %1 的抽取记录</translation>
    </message>
    <message>
        <source>No draw yet.</source>
        <translation>尚未抽取。</translation>
    </message>
    <message>
        <source>Draw 1 (dispatch), %1</source>
        <translation>第 1 次抽取（派单），%1</translation>
    </message>
    <message>
        <source>Draw %1 (redraw), %2</source>
        <translation>第 %1 次抽取（重抽），%2</translation>
    </message>
    <message>
        <source>Seed %1, algorithm %2</source>
        <translation>随机种子 %1，算法 %2</translation>
    </message>
    <message>
        <source>Agencies (%1): eligible %2; refused %3; chosen %4</source>
        <translation>评估机构（%1）：可选 %2；不可选 %3；选定 %4</translation>
    </message>
    <message>
        <source>Make-up: %1 members, at least %2 experts</source>
        <translation>组成：%1 人，其中专家不少于 %2 人</translation>
    </message>
    <message>
        <source>Candidates in order: %1</source>
        <translation>候选人（按序）：%1</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>排除：%1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>评估小组：%1</translation>
    </message>
    <message>
        <source>Conclusion issued</source>
        <translation>已出结论</translation>
    </message>
    <message>
        <source>%1 · %2
Failed the review on %3. A second review may be asked for from that day until %4; failing it again bars a new application for 1 year.</source>
        <translation>%1 · %2
%3 综合评估未通过。自当日起至 %4 可申请再次审核；再次审核仍未通过的，1年内不得再次申请。</translation>
    </message>
    <message>
        <source>Staff history: %1 %2</source>
        <translation>人员履历：%1 %2</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>资格证书</translation>
    </message>
    <message>
        <source>employed from</source>
        <translation>聘用起始日</translation>
    </message>
    <message>
        <source>employed until</source>
        <translation>聘用截止日</translation>
    </message>
    <message>
        <source>suspension from</source>
        <translation>暂停结算起始日</translation>
    </message>
    <message>
        <source>suspension until</source>
        <translation>暂停结算截止日</translation>
    </message>
    <message>
        <source>bar from</source>
        <translation>限制从业起始日</translation>
    </message>
    <message>
        <source>bar until</source>
        <translation>限制从业截止日</translation>
    </message>
    <message>
        <source>before the history</source>
        <translation>建档前</translation>
    </message>
    <message>
        <source>first record</source>
        <translation>首次登记</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Suspended from settlement</source>
        <translation>暂停结算</translation>
    </message>
    <message>
        <source>Barred</source>
        <translation>限制从业</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Barred as a legal representative</source>
        <translation>作为法定代表人被限制</translation>
    </message>
    <message>
        <source>%1 is not a designated care institution</source>
        <translation>%1 不是定点护理服务机构</translation>
    </message>
    <message>
        <source>%1 has no agreement in force on %2</source>
        <translation>%1 在 %2 没有生效的服务协议</translation>
    </message>
    <message>
        <source>%1&apos;s agreement does not cover %2 on %3</source>
        <translation>%1 的服务协议在 %3 不含服务形式 %2</translation>
    </message>
    <message>
        <source>%1&apos;s new intake is suspended on %2</source>
        <translation>%1 在 %2 暂停新增收住</translation>
    </message>
    <message>
        <source>person_no: %1 has no qualifying conclusion in force on %2</source>
        <translation>person_no：%1 在 %2 没有符合待遇条件的有效评估结论</translation>
    </message>
    <message>
        <source>a care plan needs at least one service item</source>
        <translation>护理服务计划至少需要一项服务项目</translation>
    </message>
    <message>
        <source>must be a whole number between 1 and 99</source>
        <translation>必须是 1 到 99 之间的整数</translation>
    </message>
    <message>
        <source>must be DAY, WEEK or MONTH</source>
        <translation>必须是 DAY、WEEK 或 MONTH</translation>
    </message>
    <message>
        <source>must be a whole number between 1 and 1440</source>
        <translation>必须是 1 到 1440 之间的整数</translation>
    </message>
    <message>
        <source>dispatch_id: there is no care dispatch %1</source>
        <translation>dispatch_id：派单 %1 不存在</translation>
    </message>
    <message>
        <source>is before the dispatch of %1</source>
        <translation>早于 %1 的派单</translation>
    </message>
    <message>
        <source>is before plan_from</source>
        <translation>早于 plan_from</translation>
    </message>
    <message>
        <source>is after the conclusion&apos;s validity, %1</source>
        <translation>晚于评估结论有效期 %1</translation>
    </message>
    <message>
        <source>%1 is already recorded</source>
        <translation>%1 已登记</translation>
    </message>
    <message>
        <source>id: there is no declared conflict %1</source>
        <translation>id：回避声明 %1 不存在</translation>
    </message>
    <message>
        <source>id: conflict %1 was withdrawn on %2</source>
        <translation>id：回避声明 %1 已于 %2 撤回</translation>
    </message>
    <message>
        <source>withdrawn_on: is before the declaration of %1</source>
        <translation>withdrawn_on：早于 %1 的声明</translation>
    </message>
    <message>
        <source>person_no: %1 has an open assessment task %2 (%3)</source>
        <translation>person_no：%1 有未办结的评估任务 %2（%3）</translation>
    </message>
    <message>
        <source>task_id: there is no assessment task %1</source>
        <translation>task_id：评估任务 %1 不存在</translation>
    </message>
    <message>
        <source>task_id: the conclusion of task %1 has not been delivered</source>
        <translation>task_id：评估任务 %1 的结论书尚未送达</translation>
    </message>
    <message>
        <source>task_id: task %1 was a dispute; its conclusion is final</source>
        <translation>task_id：任务 %1 为复评，其结论为最终评估结论</translation>
    </message>
    <message>
        <source>task_id: the conclusion of task %1 is already disputed</source>
        <translation>task_id：评估任务 %1 的结论已申请复评</translation>
    </message>
    <message>
        <source>must be REQUEST or SPOT_CHECK</source>
        <translation>必须是 REQUEST 或 SPOT_CHECK</translation>
    </message>
    <message>
        <source>person_no: %1 has no conclusion to re-assess</source>
        <translation>person_no：%1 没有可重新评估的评估结论</translation>
    </message>
    <message>
        <source>must be SUSPEND or TERMINATE</source>
        <translation>须为 SUSPEND（中止）或 TERMINATE（解除）</translation>
    </message>
    <message>
        <source>is needed with the filing&apos;s document number</source>
        <translation>填写报备文号时须同时填写报备日期</translation>
    </message>
    <message>
        <source>agreement %1 has not ended: only an ended agreement is filed</source>
        <translation>协议 %1 尚未中止或解除：只有已结束的协议才需报备</translation>
    </message>
    <message>
        <source>the end of agreement %1 was filed on %2</source>
        <translation>协议 %1 的中止/解除已于 %2 报备</translation>
    </message>
    <message>
        <source>Terminate (解除)</source>
        <translation>解除协议</translation>
    </message>
    <message>
        <source>Suspend (中止)</source>
        <translation>中止协议</translation>
    </message>
    <message>
        <source>Filed with the department on (empty: not yet):</source>
        <translation>向医疗保障行政部门报备日期（空：尚未报备）：</translation>
    </message>
    <message>
        <source>Filing&apos;s document number:</source>
        <translation>报备文号：</translation>
    </message>
    <message>
        <source>suspended (中止) from %1: %2</source>
        <translation>自 %1 起中止：%2</translation>
    </message>
    <message>
        <source>filed with the administrative department on %1 %2</source>
        <translation>已于 %1 向医疗保障行政部门报备 %2</translation>
    </message>
    <message>
        <source>not yet filed with the administrative department</source>
        <translation>尚未向医疗保障行政部门报备</translation>
    </message>
    <message>
        <source>The latest conclusion, of %1, is less than %2 months old: a re-assessment may be requested from %3</source>
        <translation>最近一次评估结论（%1）出具未满%2个月：自 %3 起方可申请重新评估</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>task_id: task %1 has no assessment fee line: compute the month&apos;s fees first</source>
        <translation>task_id：任务 %1 没有评估费用明细：请先计算当月评估费用</translation>
    </message>
    <message>
        <source>Agreement suspended (中止)</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Agreement terminated (解除)</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Redraw</source>
        <translation>重抽</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>Record objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>抽取记录</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>the note &quot;%1&quot;</source>
        <translation>记录“%1”</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>删除佐证材料</translation>
    </message>
    <message>
        <source>Remove %1 from the task?</source>
        <translation>从该任务中删除 %1？</translation>
    </message>
    <message>
        <source>Evidence removed.</source>
        <translation>已删除佐证材料。</translation>
    </message>
    <message>
        <source>%1 (name):</source>
        <translation>%1（姓名）：</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Handling officer</source>
        <translation>经办人员</translation>
    </message>
    <message>
        <source>Insurer&apos;s officer</source>
        <translation>承办机构人员</translation>
    </message>
    <message>
        <source>Community officer</source>
        <translation>社区人员</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is after the dispute window, which ended on %2</source>
        <translation>%1 已超过复评申请期限（截至 %2）</translation>
    </message>
    <message>
        <source>the conclusion of %1 may be re-assessed on request from %2</source>
        <translation>%1 的评估结论自 %2 起方可申请重新评估</translation>
    </message>
    <message>
        <source>task %1, delivered on %2: no policy in force that day sets the assessment fee rate (assessment.fee_fen)</source>
        <translation>任务 %1（%2 送达）：当日有效的政策未设定评估费标准（assessment.fee_fen）</translation>
    </message>
    <message>
        <source>Record the filing of an ended agreement</source>
        <translation>登记协议终止的报备</translation>
    </message>
    <message>
        <source>The end of an agreement is filed (报备) with the medical security administrative department; a filing is recorded once.</source>
        <translation>协议中止或解除须向医疗保障行政部门报备；报备只登记一次。</translation>
    </message>
    <message>
        <source>%1 – %2, ended from %3</source>
        <translation>%1 – %2，自 %3 起终止</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>报备日期：</translation>
    </message>
    <message>
        <source>File the end…</source>
        <translation>报备…</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>ltc::ConflictsDialog</name>
    <message>
        <source>Refused by the server</source>
        <translation>被服务器退回</translation>
    </message>
    <message>
        <source>These changes were made here but refused by the server, which is the authority. Your screens show the server&apos;s data; redo a change if it is still needed.</source>
        <translation>以下操作在本机完成，但被服务器（以服务器为准）退回。界面显示的是服务器上的数据；如仍需要，请重新办理。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What the server said</source>
        <translation>服务器说明</translation>
    </message>
    <message>
        <source>Export unsent changes…</source>
        <translation>导出未上传的操作…</translation>
    </message>
    <message>
        <source>Export unsent changes</source>
        <translation>导出未上传的操作</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ltc::DashboardsModule</name>
    <message>
        <source>Statistics: applications, assessments, institutions, fund spending and deadline compliance.</source>
        <translation>统计分析：申请、评估、机构、基金支出及办理时限。</translation>
    </message>
</context>
<context>
    <name>ltc::LoginDialog</name>
    <message>
        <source>Sign in — LTC Desk</source>
        <translation>登录 — 长护险经办桌面端</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Long-term Care Insurance Desk</source>
        <translation>长护险经办桌面端</translation>
    </message>
    <message>
        <source>LTC Desk · offline sign-in with your local account</source>
        <translation>LTC Desk · 使用本机账号离线登录</translation>
    </message>
    <message>
        <source>e.g. handler</source>
        <translation>例如 handler</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>This is a new demo database with invented data. Sign in as one of: %1. Every demo user has the password %2.</source>
        <translation>这是新建的演示数据库，数据均为虚构。可用以下任一用户登录：%1。所有演示用户的密码均为 %2。</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Incorrect username or password.</source>
        <translation>用户名或密码不正确</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Incorrect username or password, or the account is disabled or locked for a while.</source>
        <translation>用户名或密码不正确，或该账号已停用、暂被锁定。</translation>
    </message>
    <message>
        <source>Cannot reach the server %1 (%2). Check the address and the network connection.</source>
        <translation>无法连接服务器 %1（%2）。请检查服务器地址和网络连接。</translation>
    </message>
    <message>
        <source>The server does not let this account sign in: %1</source>
        <translation>服务器不允许此账号登录：%1</translation>
    </message>
    <message>
        <source>The server no longer serves this version of LTC Desk: please update it.</source>
        <translation>服务器已不再支持此版本的 LTC Desk，请升级。</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>&amp;CA certificate</source>
        <translation>CA 证书(&amp;C)</translation>
    </message>
    <message>
        <source>Optional: the district&apos;s own CA certificate (PEM)</source>
        <translation>可选：本区自有的 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <source>LTC Desk · sign in with your account on the server</source>
        <translation>LTC Desk · 使用服务器账号登录</translation>
    </message>
    <message>
        <source>Sign in offline with a local account</source>
        <translation>使用本机账号离线登录</translation>
    </message>
    <message>
        <source>Sign in through the server</source>
        <translation>通过服务器登录</translation>
    </message>
    <message>
        <source>This desktop has no accounts yet. Sign in with your account on the district&apos;s server; after that you can also sign in here offline.</source>
        <translation>本机尚无账号。请使用您在本区服务器上的账号登录；登录一次后，即可在本机离线登录。</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>请输入服务器地址。</translation>
    </message>
    <message>
        <source>The server address must look like https://host:port</source>
        <translation>服务器地址格式应为 https://主机:端口</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate %1.</source>
        <translation>无法读取 CA 证书 %1。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>服务器地址(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ltc::MainWindow</name>
    <message>
        <source>LTC Desk — Long-term Care Insurance Desk</source>
        <translation>LTC Desk — 长护险经办桌面端</translation>
    </message>
    <message>
        <source>LTC Handling</source>
        <translation>长护险经办</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Your roles open no module on this desktop.
Ask the system administrator to assign a role, or to switch the module on.</source>
        <translation>您的角色在本客户端没有可用的模块。
请联系系统管理员分配角色或启用模块。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LTC Desk</source>
        <translation>关于长护险经办桌面端(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>模块(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language takes effect the next time LTC Desk starts.</source>
        <translation>新的界面语言将在下次启动本程序时生效。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>No server is configured: changes are kept in this computer&apos;s outbox.</source>
        <translation>尚未配置服务器：所做的更改暂存于本机待同步队列。</translation>
    </message>
    <message>
        <source>Unsent: %1</source>
        <translation>待同步：%1 条</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>User: %1 · %2</source>
        <translation>用户：%1 · %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>District: %1 (city-wide)</source>
        <translation>辖区：%1（全市）</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>辖区：%1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>上次同步：从未同步</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LTC Desk %1&lt;/h3&gt;&lt;p&gt;Desktop client for long-term care insurance handling offices: applications, assessments, agreements, settlements and statistics.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema: %3&lt;br&gt;Qt %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;长护险经办桌面端 LTC Desk %1&lt;/h3&gt;&lt;p&gt;长期护理保险经办机构桌面客户端：待遇申请、评估任务、协议管理、结算审核及统计分析。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;br&gt;数据结构版本：%3&lt;br&gt;Qt %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LTC Desk</source>
        <translation>关于长护险经办桌面端</translation>
    </message>
    <message>
        <source>MODULES</source>
        <translation>业务模块</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Module tools</source>
        <translation>模块工具栏</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Office name on notices…</source>
        <translation>通知书落款机构…</translation>
    </message>
    <message>
        <source>Office name on notices</source>
        <translation>通知书落款机构</translation>
    </message>
    <message>
        <source>Issuing office:</source>
        <translation>落款机构：</translation>
    </message>
</context>
<context>
    <name>ltc::Module</name>
    <message>
        <source>Agreements</source>
        <translation>协议管理</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>待遇申请</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>评估任务</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>统计分析</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>结算审核</translation>
    </message>
</context>
<context>
    <name>ltc::Role</name>
    <message>
        <source>Handler</source>
        <translation>经办人员</translation>
    </message>
    <message>
        <source>Agreement officer</source>
        <translation>协议管理员</translation>
    </message>
    <message>
        <source>First reviewer</source>
        <translation>初审员</translation>
    </message>
    <message>
        <source>Second reviewer</source>
        <translation>复核员</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>拨付员</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>稽核员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Online channel</source>
        <translation>网上申办渠道</translation>
    </message>
</context>
<context>
    <name>ltc::ServerSettingsDialog</name>
    <message>
        <source>Server and sign-in</source>
        <translation>服务器与登录</translation>
    </message>
    <message>
        <source>Needed to sign in the first time</source>
        <translation>首次登录时需要</translation>
    </message>
    <message>
        <source>Optional: the district&apos;s own CA certificate (PEM)</source>
        <translation>可选：本区自有的 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <source>Synchronise every:</source>
        <translation>同步间隔：</translation>
    </message>
    <message>
        <source>Save and sign in</source>
        <translation>保存并登录</translation>
    </message>
    <message>
        <source>The server address must look like https://host:port</source>
        <translation>服务器地址格式应为 https://主机:端口</translation>
    </message>
    <message>
        <source>Enter your user name on the server</source>
        <translation>请输入您在服务器上的用户名</translation>
    </message>
</context>
<context>
    <name>ltc::SettlementsModule</name>
    <message>
        <source>Conclusions (beneficiaries)…</source>
        <translation>评估结论（待遇人员）…</translation>
    </message>
    <message>
        <source>Hospital stays…</source>
        <translation>住院记录…</translation>
    </message>
    <message>
        <source>Claims of care institutions…</source>
        <translation>护理机构费用申报…</translation>
    </message>
</context>
<context>
    <name>ltc::SyncController</name>
    <message>
        <source>Sign in to the server to synchronise</source>
        <translation>请登录服务器以进行同步</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>正在同步…</translation>
    </message>
</context>
<context>
    <name>ltc::SyncMenu</name>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Server and sign-in…</source>
        <translation>服务器与登录(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Refused changes…</source>
        <translation>被退回的操作(&amp;R)…</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被服务器退回</translation>
    </message>
    <message>
        <source>The server refused %1 of your changes. See Sync › Refused changes.</source>
        <translation>服务器退回了您的 %1 项操作，请查看“同步 › 被退回的操作”。</translation>
    </message>
    <message>
        <source>No server is set: changes are kept in this computer&apos;s outbox (Sync › Server and sign-in).</source>
        <translation>尚未设置服务器：操作保存在本机待上传队列中（同步 › 服务器与登录）。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接 %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>The server does not answer; retrying by itself. %1</source>
        <translation>服务器无响应，将自动重试。%1</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>This account may no longer synchronise. Export your unsent changes. %1</source>
        <translation>此账户已无权同步，请导出未上传的操作。%1</translation>
    </message>
    <message>
        <source>Sync refused</source>
        <translation>同步被拒绝</translation>
    </message>
    <message>
        <source>Update needed</source>
        <translation>需要升级</translation>
    </message>
    <message>
        <source>Changes of other users</source>
        <translation>其他用户的操作</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Send them as yours? The server checks each against your roles and district and records that you adopted it. Otherwise they wait until their user signs in on this computer.</source>
        <translation>以您的身份上传吗？服务器将按您的角色和地区逐项复核，并记录由您接收。否则这些操作将等到其办理人在本机登录后再上传。</translation>
    </message>
    <message>
        <source>&amp;Send as mine</source>
        <translation>以我的身份上传(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Leave them</source>
        <translation>暂不上传(&amp;L)</translation>
    </message>
    <message>
        <source>%1 change(s) made on this computer by %2 are waiting to be sent.</source>
        <translation>本机有 %1 项由 %2 办理的操作等待上传。</translation>
    </message>
</context>
<context>
    <name>ltc::Tr::Tr</name>
    <message>
        <source>Officer %1</source>
        <translation>人员 %1</translation>
    </message>
</context>
<context>
    <name>ltc::sdk::BackgroundTasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ltc::sdk::ImportFlow</name>
    <message>
        <source>Import a CSV file: all rows or none, every bad row reported</source>
        <translation>导入 CSV 文件：全部成功或全部不写入，逐行报告错误</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>文件列：%1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
</context>
<context>
    <name>ltc::sdk::ImportResultDialog</name>
    <message>
        <source>Import result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>全部复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ltc::sdk::ReasonDialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>ltc::settlement::ui::AssessmentFeesDialog</name>
    <message>
        <source>First assessment</source>
        <translation>首次评估</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>争议复评</translation>
    </message>
    <message>
        <source>Re-assessment</source>
        <translation>重新评估</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>认可</translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation>调整为 %1</translation>
    </message>
    <message>
        <source>Assessment fees</source>
        <translation>评估费用</translation>
    </message>
    <message>
        <source>Month of delivery:</source>
        <translation>送达月份：</translation>
    </message>
    <message>
        <source>Compute fees</source>
        <translation>计算评估费用</translation>
    </message>
    <message>
        <source>One line per conclusion letter delivered in the month, at the policy&apos;s rate; a month past first review keeps its lines</source>
        <translation>当月每送达一份评估结论书计一行，按政策标准计费；已过初审的月份保持不变</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>评估机构</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细行数</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>评估费合计</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>核准金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>评估费</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>初审</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Accept line</source>
        <translation>认可本行</translation>
    </message>
    <message>
        <source>Adjust line…</source>
        <translation>核减本行…</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>全部认可</translation>
    </message>
    <message>
        <source>Complete first review</source>
        <translation>完成初审</translation>
    </message>
    <message>
        <source>Return to agency…</source>
        <translation>退回评估机构…</translation>
    </message>
    <message>
        <source>Second review…</source>
        <translation>复核…</translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation>确认拨付…</translation>
    </message>
    <message>
        <source>No assessment fee lines in %1: compute the month&apos;s fees first.</source>
        <translation>%1 没有评估费用明细：请先计算当月评估费用。</translation>
    </message>
    <message>
        <source>The assessment fees of %1 are computed: %2 agency month(s).</source>
        <translation>%1 的评估费用已计算：%2 家评估机构。</translation>
    </message>
    <message>
        <source>The fee of %1 is accepted.</source>
        <translation>已认可 %1 的评估费。</translation>
    </message>
    <message>
        <source>Adjust line</source>
        <translation>核减评估费</translation>
    </message>
    <message>
        <source>The amount allowed for %1 in yuan (the fee is %2):</source>
        <translation>%1 的核定金额（元；评估费为 %2）：</translation>
    </message>
    <message>
        <source>Why is the fee of %1 adjusted?</source>
        <translation>为什么核减 %1 的评估费？</translation>
    </message>
    <message>
        <source>The fee of %1 is adjusted.</source>
        <translation>已核减 %1 的评估费。</translation>
    </message>
    <message>
        <source>%1 fee line(s) accepted.</source>
        <translation>已认可 %1 行评估费。</translation>
    </message>
    <message>
        <source>The first review of %1&apos;s fees is complete.</source>
        <translation>%1 的评估费用初审已完成。</translation>
    </message>
    <message>
        <source>Second review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Second review of %1&apos;s fees approved.</source>
        <translation>%1 的评估费用复核通过。</translation>
    </message>
    <message>
        <source>%1&apos;s fees returned to first review.</source>
        <translation>%1 的评估费用已退回初审。</translation>
    </message>
    <message>
        <source>Return to agency</source>
        <translation>退回评估机构</translation>
    </message>
    <message>
        <source>Why do the fees of %1 go back to the agency? The reason is sent with them.</source>
        <translation>为什么将 %1 的评估费用退回评估机构？原因将一并发送。</translation>
    </message>
    <message>
        <source>The fees of %1 are returned to the agency.</source>
        <translation>%1 的评估费用已退回评估机构。</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>确认拨付</translation>
    </message>
    <message>
        <source>Mark the fees of %1 for %2 as paid: %3?</source>
        <translation>确认 %1 %2 的评估费用已拨付：%3？</translation>
    </message>
    <message>
        <source>The fees of %1 are marked paid.</source>
        <translation>%1 的评估费用已确认拨付。</translation>
    </message>
</context>
<context>
    <name>ltc::settlement::ui::AuditChangesDialog</name>
    <message>
        <source>Audit of %1</source>
        <translation>%1 规则审核</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>当前结果</translation>
    </message>
    <message>
        <source>After this run</source>
        <translation>本次审核后</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Kept as reviewed (past first review, not changed by this run): %1</source>
        <translation>保留原结果（已完成初审，本次审核不作变更）：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The audit of %1 is stored: %2 line(s) changed since the previous run.</source>
        <translation>%1 的审核结果已保存：与上次审核相比有 %2 行明细发生变化。</translation>
    </message>
    <message>
        <source>The first audit of %1 is stored: %2 line(s) got a result.</source>
        <translation>%1 的首次审核结果已保存：%2 行明细得到审核结果。</translation>
    </message>
    <message>
        <source>No line&apos;s result changed.</source>
        <translation>没有明细的审核结果发生变化。</translation>
    </message>
</context>
<context>
    <name>ltc::settlement::ui::PersonPanel</name>
    <message>
        <source>Person</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>Select a claim line to see the person&apos;s entitlement, hospital stays and other claims.</source>
        <translation>选择一行申报明细，查看参保人的待遇资格、住院记录及其他申报。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ltc::settlement::ui::ReviewLineDialog</name>
    <message>
        <source>&amp;Accept the audit result</source>
        <translation>认可审核结果(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Override the allowed amount</source>
        <translation>调整核准金额(&amp;O)</translation>
    </message>
    <message>
        <source>Review claim line</source>
        <translation>逐行审核</translation>
    </message>
    <message>
        <source>Claim %1, line %2 · %3 (%4)</source>
        <translation>申报单 %1 第 %2 行 · %3（%4）</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>%1, %2 to %3, %4 day(s)</source>
        <translation>%1，%2 至 %3，共 %4 天</translation>
    </message>
    <message>
        <source>Claimed:</source>
        <translation>申报金额：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Deductions:</source>
        <translation>扣减原因：</translation>
    </message>
    <message>
        <source>yuan, e.g. 1700.00</source>
        <translation>单位：元，例如 1700.00</translation>
    </message>
    <message>
        <source>why the amount differs from the audit</source>
        <translation>与审核结果不同的原因</translation>
    </message>
    <message>
        <source>Allowed (yuan):</source>
        <translation>核准金额（元）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>保存审核意见</translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation>调整核准金额须填写原因。</translation>
    </message>
    <message>
        <source>Allowed by the rules:</source>
        <translation>规则审核核准金额：</translation>
    </message>
</context>
<context>
    <name>ltc::settlement::ui::SampleDialog</name>
    <message>
        <source>Review sample</source>
        <translation>抽审样本</translation>
    </message>
    <message>
        <source>Choose the lines to check by hand:</source>
        <translation>选择需人工核查的明细：</translation>
    </message>
    <message>
        <source>A &amp;random share of the lines</source>
        <translation>按比例随机抽取(&amp;R)</translation>
    </message>
    <message>
        <source>Lines claiming &amp;more than</source>
        <translation>申报金额高于(&amp;M)</translation>
    </message>
    <message>
        <source>Lines allowed more than the &amp;average of their level</source>
        <translation>核准金额高于同失能等级平均值的明细(&amp;A)</translation>
    </message>
    <message>
        <source>The same seed over the same lines gives the same sample: write it down to repeat it.</source>
        <translation>相同的种子在相同的明细上得到相同的样本：记下种子即可复现。</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Choose sample</source>
        <translation>生成样本</translation>
    </message>
    <message>
        <source>The seed is a whole number.</source>
        <translation>种子须为整数。</translation>
    </message>
    <message>
        <source>Only %1 (%2)</source>
        <translation>仅限 %1（%2）</translation>
    </message>
</context>
<context>
    <name>ltc::settlement::ui::SecondReviewDialog</name>
    <message>
        <source>&amp;Approve for payment</source>
        <translation>复核通过，同意拨付(&amp;A)</translation>
    </message>
    <message>
        <source>Second review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>First review by:</source>
        <translation>初审人：</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>明细行数：</translation>
    </message>
    <message>
        <source>Allowed:</source>
        <translation>核准金额：</translation>
    </message>
    <message>
        <source>Payable after the deposit:</source>
        <translation>扣除保证金后应拨付：</translation>
    </message>
    <message>
        <source>&amp;Return to first review</source>
        <translation>退回初审(&amp;R)</translation>
    </message>
    <message>
        <source>Why the month goes back (required when returning)</source>
        <translation>退回原因（退回时必填）</translation>
    </message>
    <message>
        <source>Record second review</source>
        <translation>保存复核意见</translation>
    </message>
    <message>
        <source>A return needs a reason.</source>
        <translation>退回须填写原因。</translation>
    </message>
</context>
<context>
    <name>ltc::settlement::ui::SettlementsPage</name>
    <message>
        <source>Run audit</source>
        <translation>运行审核</translation>
    </message>
    <message>
        <source>Accept clean lines</source>
        <translation>认可无扣减明细</translation>
    </message>
    <message>
        <source>Review line…</source>
        <translation>逐行审核…</translation>
    </message>
    <message>
        <source>Complete first review</source>
        <translation>完成初审</translation>
    </message>
    <message>
        <source>Return to institution…</source>
        <translation>退回机构…</translation>
    </message>
    <message>
        <source>Second review…</source>
        <translation>复核…</translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation>确认拨付…</translation>
    </message>
    <message>
        <source>Review sample…</source>
        <translation>抽审样本…</translation>
    </message>
    <message>
        <source>Policy what-if…</source>
        <translation>政策试算…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print month report…</source>
        <translation>打印月度报表…</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>打印结算单…</translation>
    </message>
    <message>
        <source>Compute the month&apos;s results, show what changes, and store them (F9)</source>
        <translation>计算本月审核结果，列出变化，确认后保存（F9）</translation>
    </message>
    <message>
        <source>Run a draft policy over this month and compare the totals; nothing is stored</source>
        <translation>用政策草案试算本月并与现行政策比较；不保存任何数据</translation>
    </message>
    <message>
        <source>The settlement statement of the selected line&apos;s person, to sign (Ctrl+P)</source>
        <translation>打印所选明细参保人的结算单，供签字（Ctrl+P）</translation>
    </message>
    <message>
        <source>The month&apos;s results as Excel, CSV or a PDF report (Ctrl+E)</source>
        <translation>将本月结果导出为 Excel、CSV 或 PDF 报表（Ctrl+E）</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>结算期：</translation>
    </message>
    <message>
        <source>Institutions this month</source>
        <translation>本月结算机构</translation>
    </message>
    <message>
        <source>No deduction</source>
        <translation>无扣减</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>已调整</translation>
    </message>
    <message>
        <source>Not audited</source>
        <translation>未运行审核</translation>
    </message>
    <message>
        <source>Person no., claim no. or name (Ctrl+F)</source>
        <translation>个人编号、申报单号或姓名（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Sample only</source>
        <translation>仅看抽审样本(&amp;S)</translation>
    </message>
    <message>
        <source>%1 · %2 institution(s) · %3 audited line(s) · claimed %4 · allowed %5 · deducted %6 · deposit withheld %7 · payable %8</source>
        <translation>%1 · %2 家机构 · 已审核 %3 行 · 申报 %4 · 核准 %5 · 扣减 %6 · 预留保证金 %7 · 应拨付 %8</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <source>%1 line(s) match; %2 shown</source>
        <translation>共 %1 行符合条件，已显示 %2 行</translation>
    </message>
    <message>
        <source>Select a claim line.</source>
        <translation>请选择一行申报明细。</translation>
    </message>
    <message>
        <source>Select an institution.</source>
        <translation>请选择一家机构。</translation>
    </message>
    <message>
        <source>Select an institution to review its month.</source>
        <translation>请选择一家机构以审核其本月结算。</translation>
    </message>
    <message>
        <source>The audit of %1 is stored: %2 line(s).</source>
        <translation>%1 的审核结果已保存：共 %2 行。</translation>
    </message>
    <message>
        <source>%1 line(s) without deductions accepted.</source>
        <translation>已认可 %1 行无扣减明细。</translation>
    </message>
    <message>
        <source>Claim %1 line %2 reviewed.</source>
        <translation>申报单 %1 第 %2 行已审核。</translation>
    </message>
    <message>
        <source>First review of %1 completed.</source>
        <translation>%1 初审已完成。</translation>
    </message>
    <message>
        <source>Second review of %1 approved.</source>
        <translation>%1 复核通过。</translation>
    </message>
    <message>
        <source>%1 returned to first review.</source>
        <translation>%1 已退回初审。</translation>
    </message>
    <message>
        <source>Return to institution</source>
        <translation>退回机构</translation>
    </message>
    <message>
        <source>Why does the month of %1 go back to the institution? The reason is sent with it.</source>
        <translation>为何将 %1 的本月结算退回机构？原因将一并告知机构。</translation>
    </message>
    <message>
        <source>%1 returned to the institution.</source>
        <translation>%1 已退回机构。</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>确认拨付</translation>
    </message>
    <message>
        <source>Record that %1 has been paid %2 for %3 (deposit withheld: %4)?</source>
        <translation>确认已向 %1 拨付 %3 结算款 %2（预留保证金 %4）？</translation>
    </message>
    <message>
        <source>%1 marked as paid.</source>
        <translation>%1 已确认拨付。</translation>
    </message>
    <message>
        <source>Choosing the sample…</source>
        <translation>正在抽取样本…</translation>
    </message>
    <message>
        <source>Review sample</source>
        <translation>抽审样本</translation>
    </message>
    <message>
        <source>Export the settlement of %1</source>
        <translation>导出 %1 结算结果</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv);;PDF report (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;PDF 报表 (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>Print month report</source>
        <translation>打印月度报表</translation>
    </message>
    <message>
        <source>%1 has no audited lines: run the audit first.</source>
        <translation>%1 没有已审核的明细：请先运行规则审核。</translation>
    </message>
    <message>
        <source>Settlement report %1</source>
        <translation>%1 结算报表</translation>
    </message>
    <message>
        <source>Print statement</source>
        <translation>打印结算单</translation>
    </message>
    <message>
        <source>Select a claim line of the person first.</source>
        <translation>请先选择该参保人的一行申报明细。</translation>
    </message>
    <message>
        <source>Settlement statement %1 %2</source>
        <translation>结算单 %1 %2</translation>
    </message>
    <message>
        <source>Draft policy for the what-if</source>
        <translation>选择用于试算的政策草案</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>政策文件 (*.json)</translation>
    </message>
    <message>
        <source>Policy what-if</source>
        <translation>政策试算</translation>
    </message>
    <message>
        <source>Auditing %1 under the draft…</source>
        <translation>正在按政策草案试算 %1…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Deduction reason</source>
        <translation>扣减原因</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>全部扣减原因</translation>
    </message>
    <message>
        <source>First review</source>
        <translation>初审</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>全部审核状态</translation>
    </message>
    <message>
        <source>Returned because: %1.</source>
        <translation>退回原因：%1。</translation>
    </message>
    <message>
        <source>Counting lines…; %1 shown</source>
        <translation>正在计数…，已显示 %1 行</translation>
    </message>
    <message>
        <source>Auditing %1…</source>
        <translation>正在审核 %1…</translation>
    </message>
    <message>
        <source>Assessment fees…</source>
        <translation>评估费用…</translation>
    </message>
    <message>
        <source>The assessment agencies&apos; fees of a month: one line per conclusion letter delivered, reviewed twice like the care months</source>
        <translation>当月评估机构的评估费用：每送达一份评估结论书计一行，与护理费用一样经初审、复核</translation>
    </message>
    <message>
        <source>%1 has %2 first-review decision(s) in batches not yet past first review. A line whose result changes loses its decision and must be reviewed again. Run the audit?</source>
        <translation>%1 在尚未完成初审的批次中已有 %2 条初审意见。审核结果有变化的明细将丢弃其初审意见，需要重新初审。确定运行审核？</translation>
    </message>
</context>
<context>
    <name>ltc::settlement::ui::WhatIfDialog</name>
    <message>
        <source>Policy what-if</source>
        <translation>政策试算</translation>
    </message>
    <message>
        <source>%1 under the draft &quot;%2&quot;</source>
        <translation>%1 按政策草案“%2”试算</translation>
    </message>
    <message>
        <source>A trial computation: nothing was stored or changed.</source>
        <translation>仅为试算：未保存或更改任何数据。</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>现行政策</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>政策草案</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>By institution:</source>
        <translation>按机构：</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Allowed in force</source>
        <translation>核准（现行）</translation>
    </message>
    <message>
        <source>Allowed draft</source>
        <translation>核准（草案）</translation>
    </message>
    <message>
        <source>Payable in force</source>
        <translation>应拨付（现行）</translation>
    </message>
    <message>
        <source>Payable draft</source>
        <translation>应拨付（草案）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ltcdesk</name>
    <message>
        <source>Creating the demo database…</source>
        <translation>正在创建演示数据库…</translation>
    </message>
    <message>
        <source>Cannot create the demo database: %1</source>
        <translation>无法创建演示数据库：%1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
</context>
</TS>
