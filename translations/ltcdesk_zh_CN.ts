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
        <source>you did the first review of this settlement; the second review must be done by another person</source>
        <translation>您已对此结算进行了初审；复核必须由另一人完成</translation>
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
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
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
        <source>line %1 was refused by the database: %2</source>
        <translation>第 %1 行被数据库拒绝：%2</translation>
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
        <source>the import was not saved: %1</source>
        <translation>导入未保存：%1</translation>
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
</context>
<context>
    <name>ltc::AgreementsModule</name>
    <message>
        <source>Designated institutions: applications, reviews, agreements, staff, scores and violations.</source>
        <translation>定点机构：申请、评审、协议、人员、考核评分及违规处理。</translation>
    </message>
</context>
<context>
    <name>ltc::ApplicationsModule</name>
    <message>
        <source>Benefit applications: intake, materials checklist, the 5-working-day review and its worklist.</source>
        <translation>待遇申请：受理登记、材料清单、5 个工作日内审核及待办清单。</translation>
    </message>
</context>
<context>
    <name>ltc::AssessmentsModule</name>
    <message>
        <source>Assessment tasks: dispatch to agencies, random assessor teams, conclusions, publication and disputes.</source>
        <translation>评估任务：派单至评估机构、随机组成评估小组、评估结论、公示及争议处理。</translation>
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
</context>
<context>
    <name>ltc::SettlementsModule</name>
    <message>
        <source>Monthly settlement audit: claims, rules, first and second review, payment and statements.</source>
        <translation>月度结算审核：费用申报、规则审核、初审与复核、拨付及结算单。</translation>
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
