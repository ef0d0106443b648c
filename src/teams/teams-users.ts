/** Who a Teams user is: e-mail and name from the conversation roster (TeamsInfo.getMember), cached for a while. */
import { TeamsInfo, type TurnContext } from "botbuilder";

export interface TeamsUserFacts {
  email: string | null;
  displayName: string | undefined;
  aadObjectId: string | undefined;
  /** Set when the roster could not be asked: nothing about the user is confirmed this time. */
  unavailable?: true;
}

const TTL_MS = 10 * 60 * 1000;

export class TeamsUserDirectory {
  private readonly cache = new Map<string, { at: number; facts: TeamsUserFacts }>();

  constructor(private readonly onError: (error: unknown, userId: string) => void) {}

  async lookup(context: TurnContext, userId: string): Promise<TeamsUserFacts> {
    const key = `${context.activity.conversation?.tenantId ?? ""}/${userId}`;
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < TTL_MS) return cached.facts;
    try {
      const member = await TeamsInfo.getMember(context, userId);
      const email = (member.email ?? member.userPrincipalName ?? "").trim().toLowerCase();
      const facts: TeamsUserFacts = {
        email: email.includes("@") ? email : null,
        displayName: member.name || undefined,
        aadObjectId: member.aadObjectId || undefined,
      };
      this.cache.set(key, { at: Date.now(), facts });
      return facts;
    } catch (error) {
      // Not cached: the next message asks again. Meanwhile only a token-vouched identity may find the person.
      this.onError(error, userId);
      return { email: null, displayName: undefined, aadObjectId: undefined, unavailable: true };
    }
  }
}
