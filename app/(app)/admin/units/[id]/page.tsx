import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { getUnit } from "@/lib/data/units";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/not-found";
import { todayInVietnam } from "@/lib/validation/fields";
import { Badge, DefinitionList, linkClass, PageHeader, rowClass, Section, TableCard, TableHead, tdClass } from "@/components/ui";
import { CloseUnitForm, RenameUnitForm } from "./unit-forms";

type Props = { params: Promise<{ id: string }> };

async function load(props: Props) {
  const viewer = await requirePagePermission("units.manage");
  const { id } = await props.params;
  return orNotFound(getUnit(viewer, id));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await load(props)).name };
}

export default async function UnitPage(props: Props) {
  const unit = await load(props);
  const [t, locale] = [await getTranslator(), await getLocale()];
  const today = todayInVietnam();
  const active = unit.status === "ACTIVE";

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={unit.name}
        intro={
          <div className="flex flex-wrap items-center gap-2">
            <span>{t(`domain.unitKind.${unit.kind}`)}</span>
            <span className="font-mono text-sm text-slate-500">{unit.code}</span>
            <Badge tone={active ? "green" : "slate"}>{t(`admin.units.status.${unit.status}`)}</Badge>
          </div>
        }
        back={{ href: unit.provinceId ? `/admin/units?province=${unit.provinceId}` : "/admin/units", label: t("admin.units.detail.back") }}
      />

      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="unit-info" title={t("admin.units.detail.info")}>
          <DefinitionList
            items={[
              { label: t("admin.units.fields.name"), value: unit.name },
              { label: t("admin.units.fields.shortName"), value: unit.shortName ?? "—" },
              { label: t("admin.units.fields.kind"), value: t(`domain.unitKind.${unit.kind}`) },
              ...(unit.centerLevel ? [{ label: t("admin.units.fields.centerLevel"), value: t(`admin.units.centerLevel.${unit.centerLevel}`) }] : []),
              {
                label: t("admin.units.fields.parent"),
                value: unit.parent ? <Link href={`/admin/units/${unit.parent.id}`} className={linkClass}>{unit.parent.name}</Link> : "—",
              },
              {
                label: t("admin.units.fields.province"),
                value: unit.province && unit.province.id !== unit.id ? <Link href={`/admin/units/${unit.province.id}`} className={linkClass}>{unit.province.name}</Link> : "—",
              },
              { label: t("admin.units.fields.validFrom"), value: formatDate(unit.validFrom, locale) },
              { label: t("admin.units.fields.validTo"), value: unit.validTo ? formatDate(unit.validTo, locale) : "—" },
              { label: t("admin.units.detail.accounts"), value: formatNumber(unit._count.roleAssignments, locale) },
            ]}
          />
          <p className="mt-4 text-sm">
            <Link href={`/admin/audit?entity=Unit&entityId=${unit.id}`} className={linkClass}>{t("admin.units.detail.auditLink")}</Link>
          </p>
        </Section>

        <Section id="unit-children" title={t("admin.units.detail.children")}>
          {unit.children.length === 0 ? (
            <p className="text-slate-600">{t("admin.units.detail.noChildren")}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {unit.children.map((child) => (
                <li key={child.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/admin/units/${child.id}`} className={linkClass}>{child.name}</Link>
                  <span className="text-xs text-slate-500">{t(`domain.unitKind.${child.kind}`)}</span>
                  {child.status !== "ACTIVE" ? <Badge tone="slate">{t(`admin.units.status.${child.status}`)}</Badge> : null}
                </li>
              ))}
            </ul>
          )}
          {active ? (
            <p className="mt-4 text-sm">
              <Link href={`/admin/units/new?parentId=${unit.id}`} className={linkClass}>+ {t("admin.units.addChild")}</Link>
            </p>
          ) : null}
          {unit.succeededChanges.length > 0 ? (
            <div className="mt-4">
              <h3 className="font-semibold">{t("admin.units.detail.mergedFrom")}</h3>
              <ul className="mt-1 flex flex-col gap-1">
                {unit.succeededChanges.map((change) => (
                  <li key={change.id}>
                    <Link href={`/admin/units/${change.unit.id}`} className={linkClass}>{change.unit.name}</Link>{" "}
                    <span className="text-sm text-slate-600">({formatDate(change.effectiveDate, locale)})</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </Section>
      </div>

      {active ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Section id="rename" title={t("admin.units.rename.title")} intro={t("admin.units.rename.intro")}>
            <RenameUnitForm locale={locale} unit={{ id: unit.id, name: unit.name, shortName: unit.shortName }} today={today} />
          </Section>
          <Section id="close" title={t("admin.units.close.title")} intro={t("admin.units.close.intro")}>
            <CloseUnitForm
              locale={locale}
              unitId={unit.id}
              successors={unit.successorChoices.map((choice) => ({ value: choice.id, label: `${choice.name} (${choice.code})` }))}
              today={today}
            />
          </Section>
        </div>
      ) : null}

      <Section id="history" title={t("admin.units.history.title")}>
        {unit.changes.length === 0 ? (
          <p className="text-slate-600">{t("admin.units.history.none")}</p>
        ) : (
          <TableCard caption={t("admin.units.history.title")}>
            <TableHead
              columns={[
                t("admin.units.history.date"),
                t("admin.units.history.change"),
                t("admin.units.history.detail"),
                t("admin.units.history.decision"),
                t("admin.units.history.note"),
              ]}
            />
            <tbody>
              {unit.changes.map((change) => (
                <tr key={change.id} className={rowClass}>
                  <td className={`${tdClass} whitespace-nowrap`}>{formatDate(change.effectiveDate, locale)}</td>
                  <td className={tdClass}>{t(`admin.units.changeKind.${change.kind}`)}</td>
                  <td className={tdClass}>
                    {change.kind === "RENAMED" ? (
                      <>
                        <span className="text-slate-500">{change.oldName}</span> → <span className="font-medium">{change.newName}</span>
                      </>
                    ) : change.kind === "MERGED" && change.successor ? (
                      <>
                        {t("admin.units.history.mergedInto")}{" "}
                        <Link href={`/admin/units/${change.successor.id}`} className={linkClass}>{change.successor.name}</Link>
                      </>
                    ) : (
                      (change.newName ?? change.oldName ?? "")
                    )}
                  </td>
                  <td className={tdClass}>{change.decisionRef ?? ""}</td>
                  <td className={tdClass}>{change.note ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </TableCard>
        )}
      </Section>
    </div>
  );
}
