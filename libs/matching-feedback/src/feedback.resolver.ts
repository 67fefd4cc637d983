import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor, Role, Roles } from '@hc/identity';
import type { Actor } from '@hc/identity';
import { DismissSuggestionArgs, SubjectArgs, SuggestionPairArgs } from './dto/feedback.args';
import { toDismissedSuggestionObject, toShortlistEntryObject } from './feedback.mapper';
import { DismissedSuggestionObject, ShortlistEntryObject } from './feedback.objects';
import { FeedbackService } from './feedback.service';

/** Who may give feedback on suggestions; the service checks they manage the park or company (admins: any). */
const FEEDBACK_GIVERS = [Role.ADMIN, Role.PARK_MANAGER, Role.COMPANY_REP];

@Resolver()
export class FeedbackResolver {
  constructor(private readonly feedback: FeedbackService) {}

  @Roles(...FEEDBACK_GIVERS)
  @Mutation(() => DismissedSuggestionObject, {
    description: 'You do not want this company suggested again for this park or company; only for you, your colleagues still see it (its managers, admins).',
  })
  async dismissSuggestion(@CurrentActor() actor: Actor, @Args() args: DismissSuggestionArgs): Promise<DismissedSuggestionObject> {
    return toDismissedSuggestionObject(await this.feedback.dismiss(actor, args));
  }

  @Roles(...FEEDBACK_GIVERS)
  @Mutation(() => Boolean, { description: 'Takes back your dismissal; false when there was none.' })
  undismissSuggestion(@CurrentActor() actor: Actor, @Args() args: SuggestionPairArgs): Promise<boolean> {
    return this.feedback.undismiss(actor, args);
  }

  @Roles(...FEEDBACK_GIVERS)
  @Mutation(() => ShortlistEntryObject, { description: "Puts a suggested company on the park's or company's shortlist, shared by its managers (its managers, admins)." })
  async shortlistSuggestion(@CurrentActor() actor: Actor, @Args() args: SuggestionPairArgs): Promise<ShortlistEntryObject> {
    return toShortlistEntryObject(await this.feedback.shortlist(actor, args));
  }

  @Roles(...FEEDBACK_GIVERS)
  @Mutation(() => Boolean, { description: 'Removes a company from the shortlist; false when it was not on it.' })
  unshortlistSuggestion(@CurrentActor() actor: Actor, @Args() args: SuggestionPairArgs): Promise<boolean> {
    return this.feedback.unshortlist(actor, args);
  }

  @Authenticated()
  @Query(() => [ShortlistEntryObject], { description: "A park's or company's shortlist, last added first (its managers, reviewers, admins)." })
  async shortlist(@CurrentActor() actor: Actor, @Args() args: SubjectArgs): Promise<ShortlistEntryObject[]> {
    return (await this.feedback.listShortlist(actor, { kind: args.subjectKind, id: args.subjectId })).map(toShortlistEntryObject);
  }
}
