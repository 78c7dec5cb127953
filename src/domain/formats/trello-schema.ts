import { z } from '../../lib/zod';

/*
 * The parts of a Trello board export (Board menu → Print, export and share → Export as JSON)
 * the import reads. Loose objects: Trello adds fields often, and the export keeps many the
 * import ignores; unknown fields pass through untouched. Optional wherever older exports or
 * the API omit a field.
 */

const optionalString = z.optional(z.nullable(z.string()));
const idList = z.optional(z.array(z.string()));
const looseList = z.optional(z.array(z.looseObject({})));

export const TrelloLabelSchema = z.looseObject({
  id: z.string(),
  name: optionalString,
  color: optionalString,
});

export const TrelloListSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  closed: z.optional(z.boolean()),
  pos: z.optional(z.number()),
});

export const TrelloCardSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  desc: optionalString,
  closed: z.optional(z.boolean()),
  idList: z.string(),
  pos: z.optional(z.number()),
  due: optionalString,
  dueComplete: z.optional(z.boolean()),
  start: optionalString,
  dateLastActivity: optionalString,
  idLabels: idList,
  labels: z.optional(z.array(TrelloLabelSchema)),
  idMembers: idList,
  idMembersVoted: idList,
  attachments: looseList,
  customFieldItems: looseList,
  stickers: looseList,
  pluginData: looseList,
  cover: z.optional(
    z.nullable(
      z.looseObject({
        idAttachment: optionalString,
        color: optionalString,
        idUploadedBackground: optionalString,
      }),
    ),
  ),
  badges: z.optional(z.looseObject({ attachments: z.optional(z.number()) })),
});

export const TrelloCheckItemSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  state: z.enum(['complete', 'incomplete']),
  pos: z.optional(z.number()),
  due: optionalString,
  idMember: optionalString,
});

export const TrelloChecklistSchema = z.looseObject({
  id: z.string(),
  idCard: z.string(),
  name: optionalString,
  pos: z.optional(z.number()),
  checkItems: z.array(TrelloCheckItemSchema),
});

export const TrelloMemberSchema = z.looseObject({
  id: z.string(),
  fullName: optionalString,
  username: optionalString,
});

export const TrelloActionSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  date: z.string(),
  idMemberCreator: optionalString,
  data: z.optional(
    z.looseObject({
      text: optionalString,
      card: z.optional(z.looseObject({ id: optionalString })),
    }),
  ),
  memberCreator: z.optional(z.nullable(TrelloMemberSchema)),
});

export const TrelloBoardSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  desc: optionalString,
  closed: z.optional(z.boolean()),
  lists: z.array(TrelloListSchema),
  cards: z.array(TrelloCardSchema),
  checklists: z.optional(z.array(TrelloChecklistSchema)),
  actions: z.optional(z.array(TrelloActionSchema)),
  labels: z.optional(z.array(TrelloLabelSchema)),
  members: z.optional(z.array(TrelloMemberSchema)),
  customFields: looseList,
  pluginData: looseList,
});

export type TrelloBoard = z.output<typeof TrelloBoardSchema>;
export type TrelloCard = z.output<typeof TrelloCardSchema>;
export type TrelloList = z.output<typeof TrelloListSchema>;
export type TrelloChecklist = z.output<typeof TrelloChecklistSchema>;
export type TrelloAction = z.output<typeof TrelloActionSchema>;
