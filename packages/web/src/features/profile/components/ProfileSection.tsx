import { Fieldset, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { t } from '../../../i18n/profile';
import { setAt } from '../../../workspace/edits';
import {
  ListField,
  NumberField,
  SelectField,
  TextField,
  YesNoField,
} from '../../../workspace/fields';
import { issueAt, type WorkspaceEditor } from '../../../workspace/use-workspace-editor';

const upper = (text: string) => text.toUpperCase();

/** Every zone the browser knows, so a typo cannot reach the file. */
const zones: string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** Where you are and what ties you: home, currency, zone, notice, savings, household, holidays. */
export function ProfileSection({ editor }: { editor: WorkspaceEditor }) {
  const profile = editor.document.profile;
  const notice = profile.noticePeriod;
  const noticeKind: 'none' | 'weeks' | 'months' | 'until' = !notice
    ? 'none'
    : 'weeks' in notice
      ? 'weeks'
      : 'months' in notice
        ? 'months'
        : 'until';
  const zone = profile.timeZone;
  const zoneOptions = zone && !zones.includes(zone) ? [zone, ...zones] : zones;
  return (
    <Stack gap="md">
      <Fieldset legend={t.profile.you}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField editor={editor} path={['title']} label={t.profile.decision} />
          <TextField editor={editor} path={['profile', 'name']} label={t.profile.name} />
          <TextField
            editor={editor}
            path={['profile', 'homeCurrency']}
            label={t.profile.homeCurrency}
            transform={upper}
            required
          />
          <TextField
            editor={editor}
            path={['profile', 'homeLocation', 'country']}
            label={t.profile.country}
            transform={upper}
            required
          />
          <TextField
            editor={editor}
            path={['profile', 'homeLocation', 'city']}
            label={t.profile.city}
          />
          <TextField
            editor={editor}
            path={['profile', 'homeLocation', 'region']}
            label={t.profile.region}
            description={t.profile.regionHow}
            transform={upper}
          />
          <Select
            label={t.profile.timeZone}
            description={t.profile.timeZoneHow}
            data={zoneOptions}
            value={zone ?? null}
            searchable
            clearable
            limit={50}
            readOnly={editor.readOnly}
            onChange={(value) =>
              editor.edit((doc) => setAt(doc, ['profile', 'timeZone'], value ?? undefined))
            }
            error={issueAt(editor.issues, 'profile.timeZone')}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t.profile.leaving}>
        <Stack gap="sm">
          <Text fw={600} size="sm" id="notice-kind">
            {t.profile.notice}
          </Text>
          <SegmentedControl
            aria-labelledby="notice-kind"
            w="fit-content"
            value={noticeKind}
            readOnly={editor.readOnly}
            data={[
              { value: 'none', label: t.profile.noticeNone },
              { value: 'weeks', label: t.profile.noticeWeeks },
              { value: 'months', label: t.profile.noticeMonths },
              { value: 'until', label: t.profile.noticeUntil },
            ]}
            onChange={(kind) =>
              editor.edit((doc) =>
                setAt(
                  doc,
                  ['profile', 'noticePeriod'],
                  kind === 'none'
                    ? undefined
                    : kind === 'until'
                      ? { until: '' }
                      : { [kind]: kind === 'weeks' ? 4 : 3 },
                ),
              )
            }
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {(noticeKind === 'weeks' || noticeKind === 'months') && (
              <>
                <NumberField
                  editor={editor}
                  path={['profile', 'noticePeriod', noticeKind]}
                  label={
                    noticeKind === 'weeks'
                      ? t.profile.noticeWeeksLabel
                      : t.profile.noticeMonthsLabel
                  }
                  min={0}
                  max={noticeKind === 'weeks' ? 104 : 24}
                  integer
                />
                <SelectField
                  editor={editor}
                  path={['profile', 'noticePeriod', 'endsOn']}
                  label={t.profile.endsOn}
                  options={t.profile.endsOnOptions}
                />
              </>
            )}
            {noticeKind === 'until' && (
              <TextField
                editor={editor}
                path={['profile', 'noticePeriod', 'until']}
                label={t.profile.noticeUntilLabel}
                type="date"
                required
              />
            )}
            <NumberField
              editor={editor}
              path={['profile', 'moveLeadWeeks']}
              label={t.profile.moveLead}
              description={t.profile.moveLeadHow}
              min={0}
              max={52}
            />
            <NumberField
              editor={editor}
              path={['profile', 'savingsMonths']}
              label={t.profile.savings}
              description={t.profile.savingsHow}
              min={0}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={t.profile.payAndTax}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberField
            editor={editor}
            path={['profile', 'currentPay', 'base']}
            label={t.profile.currentBase}
            description={t.profile.currentPayHow}
            min={0}
            thousands
          />
          <NumberField
            editor={editor}
            path={['profile', 'currentPay', 'bonus']}
            label={t.profile.currentBonus}
            min={0}
            thousands
          />
          <TextField
            editor={editor}
            path={['profile', 'currentPay', 'currency']}
            label={t.profile.currentCurrency}
            transform={upper}
          />
          <SelectField
            editor={editor}
            path={['profile', 'filingStatus']}
            label={t.profile.filingStatus}
            options={t.profile.filingStatuses}
          />
          <YesNoField editor={editor} path={['profile', 'churchTax']} label={t.profile.churchTax} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t.profile.household}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <YesNoField
            editor={editor}
            path={['profile', 'household', 'partner']}
            label={t.profile.partner}
          />
          <YesNoField
            editor={editor}
            path={['profile', 'household', 'partnerNeedsWork']}
            label={t.profile.partnerNeedsWork}
          />
          <NumberField
            editor={editor}
            path={['profile', 'household', 'children']}
            label={t.profile.children}
            min={0}
            integer
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t.profile.holidays}>
        <ListField
          editor={editor}
          path={['profile', 'holidays']}
          label={t.profile.holidaysHow}
          itemLabel={(i) => profile.holidays?.[i] || t.profile.holidayN(i + 1)}
          addLabel={t.profile.addHoliday}
          newItem={() => ''}
        >
          {(item) => (
            <TextField
              editor={editor}
              path={item}
              label={t.profile.holidayDate}
              type="date"
              required
            />
          )}
        </ListField>
      </Fieldset>
    </Stack>
  );
}
