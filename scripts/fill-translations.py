#!/usr/bin/env python3
"""Fills untranslated entries of translations/ltcdesk_zh_CN.ts from the table below.

Run by scripts/update-translations.sh after lupdate. Only entries that are still unfinished are
touched, so a translation edited in Qt Linguist is kept. Add a line to ZH_CN for every new source
string (the domain terms are in DOMAIN.md: 经办人员, 协议管理员, 初审员, 复核员, …).
Column and field names of files and commands (id_number, effective_from, …) stay as they are:
they are what the user must write in the CSV or JSON.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ZH_CN = {
    # --- roles and modules (contexts ltc::Role, ltc::Module) ---
    "Handler": "经办人员",
    "Agreement officer": "协议管理员",
    "First reviewer": "初审员",
    "Second reviewer": "复核员",
    "Payer": "拨付员",
    "Inspector": "稽核员",
    "Manager": "管理者",
    "Administrator": "系统管理员",
    "Applications": "待遇申请",
    "Assessments": "评估任务",
    "Agreements": "协议管理",
    "Settlements": "结算审核",
    "Dashboards": "统计分析",
    "Benefit applications: intake, materials checklist, the 5-working-day review and its worklist.":
        "待遇申请：受理登记、材料清单、5 个工作日内审核及待办清单。",
    "Assessment tasks: dispatch to agencies, random assessor teams, conclusions, publication and disputes.":
        "评估任务：派单至评估机构、随机组成评估小组、评估结论、公示及争议处理。",
    "Designated institutions: applications, reviews, agreements, staff, scores and violations.":
        "定点机构：申请、评审、协议、人员、考核评分及违规处理。",
    "Monthly settlement audit: claims, rules, first and second review, payment and statements.":
        "月度结算审核：费用申报、规则审核、初审与复核、拨付及结算单。",
    "Statistics: applications, assessments, institutions, fund spending and deadline compliance.":
        "统计分析：申请、评估、机构、基金支出及办理时限。",
    # --- shell: login ---
    "Sign in — LTC Desk": "登录 — 长护险经办桌面端",
    "Database: %1": "数据库：%1",
    "Long-term Care Insurance Desk": "长护险经办桌面端",
    "LTC Desk · offline sign-in with your local account": "LTC Desk · 使用本机账号离线登录",
    "e.g. handler": "例如 handler",
    "&Username": "用户名(&U)",
    "&Password": "密码(&P)",
    "Sign in": "登录",
    "This is a new demo database with invented data. Sign in as one of: %1. Every demo user has the password %2.":
        "这是新建的演示数据库，数据均为虚构。可用以下任一用户登录：%1。所有演示用户的密码均为 %2。",
    "Enter your username.": "请输入用户名。",
    "Incorrect username or password.": "用户名或密码不正确",
    # --- shell: main window ---
    "LTC Desk — Long-term Care Insurance Desk": "LTC Desk — 长护险经办桌面端",
    "LTC Handling": "长护险经办",
    "MODULES": "业务模块",
    "Version %1": "版本 %1",
    "Your roles open no module on this desktop.\nAsk the system administrator to assign a role, or to switch the module on.":
        "您的角色在本客户端没有可用的模块。\n请联系系统管理员分配角色或启用模块。",
    "&File": "文件(&F)",
    "Sign &out": "注销(&O)",
    "E&xit": "退出(&X)",
    "&View": "视图(&V)",
    "&Refresh": "刷新(&R)",
    "&Help": "帮助(&H)",
    "&About LTC Desk": "关于长护险经办桌面端(&A)",
    "&Modules": "模块(&M)",
    "&Language": "界面语言(&L)",
    "Language": "界面语言",
    "The new language takes effect the next time LTC Desk starts.": "新的界面语言将在下次启动本程序时生效。",
    "Offline": "离线",
    "No server is configured: changes are kept in this computer's outbox.":
        "尚未配置服务器：所做的更改暂存于本机待同步队列。",
    "Unsent: %1": "待同步：%1 条",
    "%1 (%2)": "%1（%2）",
    "User: %1 · %2": "用户：%1 · %2",
    ", ": "、",
    "District: %1 (city-wide)": "辖区：%1（全市）",
    "District: %1": "辖区：%1",
    "Last sync: never": "上次同步：从未同步",
    "Last sync: %1": "上次同步：%1",
    "<h3>LTC Desk %1</h3><p>Desktop client for long-term care insurance handling offices: applications, assessments, agreements, settlements and statistics.</p><p>Database: %2<br>Schema: %3<br>Qt %4</p>":
        "<h3>长护险经办桌面端 LTC Desk %1</h3><p>长期护理保险经办机构桌面客户端：待遇申请、评估任务、协议管理、结算审核及统计分析。</p><p>数据库：%2<br>数据结构版本：%3<br>Qt %4</p>",
    "About LTC Desk": "关于长护险经办桌面端",
    "Creating the demo database…": "正在创建演示数据库…",
    "Cannot create the demo database: %1": "无法创建演示数据库：%1",
    "Cannot open the database %1: %2": "无法打开数据库 %1：%2",
    # --- identifiers ---
    "A citizen ID has 18 characters, not %1": "公民身份号码应为 18 位，而不是 %1 位",
    "A citizen ID is 17 digits and a digit or X": "公民身份号码由 17 位数字加 1 位数字或 X 组成",
    "The citizen ID has no region code": "公民身份号码缺少行政区划代码",
    "The citizen ID's birth date %1 is not a real date between 1900 and today":
        "公民身份号码中的出生日期 %1 不是 1900 年至今的有效日期",
    "The citizen ID's check character is %1, it should be %2: a digit was probably mistyped":
        "公民身份号码的校验码为 %1，应为 %2：可能有数字录入错误",
    "A unified social credit code has 18 characters, not %1": "统一社会信用代码应为 18 位，而不是 %1 位",
    "The unified social credit code has '%1' at position %2: only digits and upper-case letters except I, O, Z, S, V are allowed":
        "统一社会信用代码第 %2 位为“%1”：只允许数字和除 I、O、Z、S、V 以外的大写字母",
    "The unified social credit code's check character is %1, the standard gives %2: some early codes are like this, please check the licence":
        "统一社会信用代码的校验码为 %1，按标准应为 %2：部分早期代码如此，请核对营业执照",
    # --- CSV and amounts ---
    "A quoted field opened on line %1 is never closed": "第 %1 行开始的带引号字段没有结束引号",
    "Text after the closing quote of a field": "字段的结束引号之后还有文字",
    "The amount is empty": "金额为空",
    "The amount \"%1\" has a thousands separator: write it without one": "金额“%1”含千位分隔符：请去掉分隔符",
    "The amount \"%1\" has a '+' sign: write it without one": "金额“%1”带有“+”号：请去掉",
    "The amount \"%1\" has spaces inside": "金额“%1”中间有空格",
    "\"%1\" is not an amount in yuan": "“%1”不是以元为单位的金额",
    "The amount \"%1\" has more than two decimals": "金额“%1”超过两位小数",
    "The amount \"%1\" is too large": "金额“%1”过大",
    "unknown column": "未知的列",
    "column appears twice": "列重复出现",
    "required column is missing": "缺少必需的列",
    "has %1 fields, the header has %2": "有 %1 个字段，表头有 %2 个",
    "is required": "为必填项",
    "'%1' is not a date in the form YYYY-MM-DD": "“%1”不是 YYYY-MM-DD 格式的日期",
    "'%1' is not a month in the form YYYY-MM": "“%1”不是 YYYY-MM 格式的月份",
    "'%1' is not a whole number from %2 to %3": "“%1”不是 %2 到 %3 之间的整数",
    "'%1' is not one of %2": "“%1”不是以下之一：%2",
    "'%1' is not in the database": "数据库中没有“%1”",
    "'%1' is not a service form code (A-Z, 0-9, _)": "“%1”不是服务形式代码（A-Z、0-9、_）",
    "'%1' is not a six-digit GB/T 2260 code": "“%1”不是 6 位 GB/T 2260 行政区划代码",
    "'%1' is not a telephone number": "“%1”不是电话号码",
    "the file is empty: a header row is required": "文件为空：需要表头行",
    "duplicates line %1 of this file": "与本文件第 %1 行重复",
    "the same id_number is on line %1 of this file": "本文件第 %1 行有相同的 id_number",
    # --- policy files ---
    "unknown field": "未知字段",
    "is missing": "缺失",
    "must be a non-empty text": "必须是非空文本",
    "must be a date written YYYY-MM-DD": "必须是 YYYY-MM-DD 格式的日期",
    "must be a whole number": "必须是整数",
    "must be between %1 and %2": "必须在 %1 与 %2 之间",
    "must be a non-empty list": "必须是非空列表",
    "is before effective_from": "早于 effective_from",
    "level %1 is listed twice": "等级 %1 重复列出",
    "must be \"next_month\"": "必须为“next_month”",
    "must be an object": "必须是对象",
    "is as specific as rates[%1]: both would apply to level %2 at grade %3":
        "与 rates[%1] 同样具体：两者都会适用于 %3 级机构的失能等级 %2",
    "must be \"per_day\" or \"per_month\"": "必须为“per_day”或“per_month”",
    "service form %1 is listed twice": "服务形式 %1 重复列出",
    "must be a six-digit GB/T 2260 code, not \"%1\"": "必须是 6 位 GB/T 2260 行政区划代码，而不是“%1”",
    "Policy \"%1\" overlaps \"%2\" of region %3, in force from %4": "政策“%1”与统筹区 %3 自 %4 起施行的“%2”时间重叠",
    "No holiday calendar for %1: working days are counted on weekends alone and may be wrong":
        "%1 年没有节假日日历：工作日仅按周末计算，可能不准确",
    # --- records and commands ---
    "person %1 already exists": "参保人 %1 已存在",
    "id_number already belongs to person %1": "id_number 已属于参保人 %1",
    "already belongs to person %1": "已属于参保人 %1",
    "person %1 does not exist": "参保人 %1 不存在",
    "died_on: must lie between the birth date and today": "died_on：必须在出生日期与今天之间",
    "does not match the sex encoded in id_number": "与 id_number 中的性别不符",
    "does not match the birth date encoded in id_number": "与 id_number 中的出生日期不符",
    "must be EMPLOYEE or RESIDENT": "必须为 EMPLOYEE（职工）或 RESIDENT（城乡居民）",
    "is before the birth date": "早于出生日期",
    "is before enrolled_on": "早于 enrolled_on",
    "is before concluded_on": "早于 concluded_on",
    "is before admitted_on": "早于 admitted_on",
    "is before agreement_from": "早于 agreement_from",
    "is before suspended_from": "早于 suspended_from",
    "institution %1 already exists": "机构 %1 已存在",
    "institution %1 does not exist": "机构 %1 不存在",
    "needs suspended_from": "需要 suspended_from",
    "needs suspended_from on or before it": "需要不晚于它的 suspended_from",
    "must be ASSESS or CARE": "必须为 ASSESS（评估机构）或 CARE（护理服务机构）",
    "must be 1, 2 or 3": "必须为 1、2 或 3",
    "at least one service form is required": "至少需要一种服务形式",
    "must be HOLIDAY, WORKDAY or NORMAL": "必须为 HOLIDAY、WORKDAY 或 NORMAL",
    "WORKDAY marks a weekend make-up day, but %1 is a weekday": "WORKDAY 表示周末调休上班日，但 %1 是工作日",
    "must be text": "必须是文本",
    "must be a whole number from %1 to %2": "必须是 %1 到 %2 之间的整数",
    "must not be negative": "不能为负数",
    "there is no command named %1": "没有名为 %1 的命令",
    "your roles do not allow %1 (allowed: %2)": "您的角色无权执行 %1（允许的角色：%2）",
    "the local database is busy or unavailable": "本地数据库忙或不可用",
    "the change was not saved: %1": "更改未保存：%1",
    "district %1 is outside your district %2": "辖区 %1 不在您的辖区 %2 范围内",
    "the database refused the change: %1": "数据库拒绝了此更改：%1",
    "unknown import kind '%1' (known: %2)": "未知的导入类型“%1”（可用：%2）",
    "your roles do not allow importing %1": "您的角色无权导入 %1",
    "cannot read %1: %2": "无法读取 %1：%2",
    "cannot create %1": "无法创建 %1",
    "cannot write %1": "无法写入 %1",
    "the local database is unavailable: %1": "本地数据库不可用：%1",
    "line %1 was refused by the database: %2": "第 %1 行被数据库拒绝：%2",
    "the import was not saved: %1": "导入未保存：%1",
    "username: is required": "username：为必填项",
    "roles: '%1' is not a role": "roles：“%1”不是有效角色",
    "district: '%1' is not a six-digit GB/T 2260 code": "district：“%1”不是 6 位 GB/T 2260 行政区划代码",
    "password: must have at least 8 characters": "password：至少需要 8 个字符",
    "password: could not be hashed": "password：无法生成散列值",
    # --- settlements ---
    "Lines": "明细行数",
    "Institution totals": "机构汇总",
    "Settlement period %1": "结算期 %1",
    "Settlement period: %1": "结算期：%1",
    "Institution code": "机构编码",
    "Institution": "机构",
    "Claimed": "申报金额",
    "Allowed": "核准金额",
    "Deducted": "扣减金额",
    "Fund": "基金支付",
    "Personal": "个人负担",
    "Deposit withheld": "预留保证金",
    "Payable": "应拨付金额",
    "no valid entitlement": "无有效待遇资格",
    "not insured": "未参保",
    "no agreement in force or settlement suspended": "无有效协议或已暂停结算",
    "in hospital": "住院期间",
    "day already paid": "当日已支付",
    "above the standard": "超过支付标准",
    "service form not covered": "服务形式不在待遇范围内",
    "declaration does not add up": "申报金额不符",
    "level not eligible": "失能等级不符合条件",
    "Long-term care insurance settlement report": "长期护理保险结算报表",
    "Totals by institution": "按机构汇总",
    "Code": "编码",
    "Total": "合计",
    "Deductions by reason": "按原因统计扣减",
    "Reason": "原因",
    "Deducted on lines with this reason": "该原因所涉明细的扣减金额",
    "First review:": "初审：",
    "Second review:": "复核：",
    "Payment:": "拨付：",
    "the settlement of %1 for %2 was changed by %3 meanwhile": "%1 在 %2 的结算已被 %3 同时修改",
    "the settlement of %1 for %2 is %3: this step is not allowed now": "%1 在 %2 的结算处于“%3”状态：当前不能执行此步骤",
    "must be accept or override": "必须为 accept（认可）或 override（调整）",
    "claim %1 line %2 has no audit result: run the audit first": "申报单 %1 第 %2 行还没有审核结果：请先运行规则审核",
    "allowed: must be between 0 and the claimed %1": "allowed：必须在 0 与申报金额 %1 之间",
    "there are no audited lines to review": "没有可审核的已审明细",
    "%1 line(s) are not reviewed yet": "还有 %1 行明细未审核",
    "must be approve or return": "必须为 approve（通过）或 return（退回）",
    "you did the first review of this settlement; the second review must be done by another person":
        "您已对此结算进行了初审；复核必须由另一人完成",
}


def fill(path: Path) -> list[str]:
    """Fills what the table knows; returns the sources it does not know."""
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") not in ("unfinished", None):
            continue  # obsolete or vanished entries are lupdate's business
        if translation.get("type") is None and (translation.text or "").strip():
            continue  # already translated, maybe by hand
        source = message.findtext("source")
        if source in ZH_CN:
            translation.text = ZH_CN[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return missing


if __name__ == "__main__":
    ts = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / "translations/ltcdesk_zh_CN.ts")
    for source in fill(ts):
        print("no Chinese text in scripts/fill-translations.py for:", repr(source))
