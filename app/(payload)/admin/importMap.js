import { PublishSummary as PublishSummary_f4c5dd460e6e2ba88129496864b2627a } from '../../../src/admin/components/PublishSummary'
import { ScheduleSummary as ScheduleSummary_c32f8e0ffe7be2bcee47711a1db0db0a } from '../../../src/admin/components/ScheduleSummary'
import { PreviewLinks as PreviewLinks_f9e8199d592004a48527747304bacf5b } from '../../../src/admin/components/PreviewLinks'
import { SegmentView as SegmentView_2537cc26da8ed07d12369d2054b6d119 } from '../../../src/admin/components/SegmentView'
import { SourceBeside as SourceBeside_db7dead307173b712a1b34c6dc38bb9b } from '../../../src/admin/components/SourceBeside'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { CitationMarkerFeatureClient as CitationMarkerFeatureClient_bd743da3aa6c0a609e9ba42ff4c62678 } from '../../../src/richtext/CitationMarkerFeatureClient'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { CodeComponent as CodeComponent_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { codeConverterClient as codeConverterClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { CodeBlockBlockComponent as CodeBlockBlockComponent_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { CreateJob as CreateJob_2f973e293d6bad222a2609cb02952878 } from '../../../src/admin/components/CreateJob'
import { PublishButtonForEditors as PublishButtonForEditors_5c3cbd96aa4c2eae50f9709a7b14a838 } from '../../../src/admin/components/PublishButtonForEditors'
import { UnpublishButtonForEditors as UnpublishButtonForEditors_2f2fbfad4ea79956a08e8e74bd3e460a } from '../../../src/admin/components/UnpublishButtonForEditors'
import { TaskPanel as TaskPanel_41f56e5cea4b0267f51c972f591449c7 } from '../../../src/admin/components/TaskPanel'
import { DueDateCell as DueDateCell_f64a6835ec7d1150b683e381c4dbf1b5 } from '../../../src/admin/components/DueDateCell'
import { TaskHistory as TaskHistory_e87d92c98bcf702a35540522a9c50b0b } from '../../../src/admin/components/TaskHistory'
import { TaskListFilters as TaskListFilters_c377c1bf377424205283a103efacb1db } from '../../../src/admin/components/TaskListFilters'
import { JobSummary as JobSummary_290aaca11bd42ba20206876ff491d80f } from '../../../src/admin/components/JobSummary'
import { MemoryTransfer as MemoryTransfer_b77716cf549df061a332f2d8366a98dd } from '../../../src/admin/components/MemoryTransfer'
import { GlossaryTransfer as GlossaryTransfer_1a96d8f4945b1411f949cb5c1ff9b909 } from '../../../src/admin/components/GlossaryTransfer'
import { InitialsAvatar as InitialsAvatar_55f05397bca5e7367949a125a87426fd } from '../../../src/admin/components/InitialsAvatar'
import { TranslationsNavLink as TranslationsNavLink_b382c657e99eadc33b991a20f4dbf517 } from '../../../src/admin/components/TranslationsNavLink'
import { EscapeClosesSelect as EscapeClosesSelect_133c5210f03e3450b6b0f5227b3bf611 } from '../../../src/admin/components/EscapeClosesSelect'
import { AccessibleNames as AccessibleNames_32551f285a897eec81643f865a92983c } from '../../../src/admin/components/AccessibleNames'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { DashboardView as DashboardView_d517dbcbfe2c4d0d02831161f4d91481 } from '../../../src/admin/views/DashboardView'
import { TranslationsView as TranslationsView_22d81bd92a6f1fef01e010ce7a995a58 } from '../../../src/admin/views/TranslationsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin/components/PublishSummary#PublishSummary": PublishSummary_f4c5dd460e6e2ba88129496864b2627a,
  "/src/admin/components/ScheduleSummary#ScheduleSummary": ScheduleSummary_c32f8e0ffe7be2bcee47711a1db0db0a,
  "/src/admin/components/PreviewLinks#PreviewLinks": PreviewLinks_f9e8199d592004a48527747304bacf5b,
  "/src/admin/components/SegmentView#SegmentView": SegmentView_2537cc26da8ed07d12369d2054b6d119,
  "/src/admin/components/SourceBeside#SourceBeside": SourceBeside_db7dead307173b712a1b34c6dc38bb9b,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "/src/richtext/CitationMarkerFeatureClient#CitationMarkerFeatureClient": CitationMarkerFeatureClient_bd743da3aa6c0a609e9ba42ff4c62678,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#CodeComponent": CodeComponent_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#codeConverterClient": codeConverterClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#CodeBlockBlockComponent": CodeBlockBlockComponent_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/components/CreateJob#CreateJob": CreateJob_2f973e293d6bad222a2609cb02952878,
  "/src/admin/components/PublishButtonForEditors#PublishButtonForEditors": PublishButtonForEditors_5c3cbd96aa4c2eae50f9709a7b14a838,
  "/src/admin/components/UnpublishButtonForEditors#UnpublishButtonForEditors": UnpublishButtonForEditors_2f2fbfad4ea79956a08e8e74bd3e460a,
  "/src/admin/components/TaskPanel#TaskPanel": TaskPanel_41f56e5cea4b0267f51c972f591449c7,
  "/src/admin/components/DueDateCell#DueDateCell": DueDateCell_f64a6835ec7d1150b683e381c4dbf1b5,
  "/src/admin/components/TaskHistory#TaskHistory": TaskHistory_e87d92c98bcf702a35540522a9c50b0b,
  "/src/admin/components/TaskListFilters#TaskListFilters": TaskListFilters_c377c1bf377424205283a103efacb1db,
  "/src/admin/components/JobSummary#JobSummary": JobSummary_290aaca11bd42ba20206876ff491d80f,
  "/src/admin/components/MemoryTransfer#MemoryTransfer": MemoryTransfer_b77716cf549df061a332f2d8366a98dd,
  "/src/admin/components/GlossaryTransfer#GlossaryTransfer": GlossaryTransfer_1a96d8f4945b1411f949cb5c1ff9b909,
  "/src/admin/components/InitialsAvatar#InitialsAvatar": InitialsAvatar_55f05397bca5e7367949a125a87426fd,
  "/src/admin/components/TranslationsNavLink#TranslationsNavLink": TranslationsNavLink_b382c657e99eadc33b991a20f4dbf517,
  "/src/admin/components/EscapeClosesSelect#EscapeClosesSelect": EscapeClosesSelect_133c5210f03e3450b6b0f5227b3bf611,
  "/src/admin/components/AccessibleNames#AccessibleNames": AccessibleNames_32551f285a897eec81643f865a92983c,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/src/admin/views/DashboardView#DashboardView": DashboardView_d517dbcbfe2c4d0d02831161f4d91481,
  "/src/admin/views/TranslationsView#TranslationsView": TranslationsView_22d81bd92a6f1fef01e010ce7a995a58,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
