import type { Schema, Struct } from '@strapi/strapi';

export interface SharedAdvantage extends Struct.ComponentSchema {
  collectionName: 'components_shared_advantages';
  info: {
    description: '\u5C71\u4E1C\u5341\u5927\u4F18\u52BF\u4E4B\u4E00';
    displayName: '\u4F18\u52BF';
  };
  attributes: {
    body: Schema.Attribute.RichText;
    key: Schema.Attribute.Enumeration<
      [
        'infrastructure',
        'investment_environment',
        'consumer_market',
        'human_resources',
        'industrial_system',
        'marine_economy',
        'innovation',
        'service_government',
        'international_living',
        'culture',
      ]
    > &
      Schema.Attribute.Required;
    summary: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
  };
}

export interface SharedContactInfo extends Struct.ComponentSchema {
  collectionName: 'components_shared_contact_infos';
  info: {
    description: '\u8054\u7CFB\u4EBA\u3001\u7535\u8BDD\u3001\u90AE\u7BB1\u3001\u5730\u5740';
    displayName: '\u8054\u7CFB\u65B9\u5F0F';
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    email: Schema.Attribute.Email;
    person: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
  };
}

export interface SharedEventGuest extends Struct.ComponentSchema {
  collectionName: 'components_shared_event_guests';
  info: {
    description: '\u6F14\u8BB2\u5609\u5BBE\u6216\u53C2\u4F1A\u673A\u6784';
    displayName: '\u6D3B\u52A8\u5609\u5BBE';
  };
  attributes: {
    affiliation: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    kind: Schema.Attribute.Enumeration<['speaker', 'organisation']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'speaker'>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
  };
}

export interface SharedGeoPoint extends Struct.ComponentSchema {
  collectionName: 'components_shared_geo_points';
  info: {
    description: '\u7ECF\u7EAC\u5EA6\uFF08WGS84\uFF09';
    displayName: '\u5730\u7406\u4F4D\u7F6E';
  };
  attributes: {
    latitude: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 90;
          min: -90;
        },
        number
      >;
    longitude: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 180;
          min: -180;
        },
        number
      >;
  };
}

export interface SharedKeyFigure extends Struct.ComponentSchema {
  collectionName: 'components_shared_key_figures';
  info: {
    description: '\u5982\u4EBA\u53E3\u3001\u5730\u533A\u751F\u4EA7\u603B\u503C\u3001\u9762\u79EF';
    displayName: '\u5173\u952E\u6570\u636E';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    value: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    year: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 1949;
        },
        number
      >;
  };
}

export interface SharedNavItem extends Struct.ComponentSchema {
  collectionName: 'components_shared_nav_items';
  info: {
    description: '\u7AD9\u70B9\u5BFC\u822A\u4E2D\u7684\u4E00\u9879';
    displayName: '\u5BFC\u822A\u9879';
  };
  attributes: {
    href: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 30;
      }>;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seos';
  info: {
    description: '\u641C\u7D22\u5F15\u64CE\u4E0E\u5206\u4EAB\u4FE1\u606F';
    displayName: 'SEO';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'shared.advantage': SharedAdvantage;
      'shared.contact-info': SharedContactInfo;
      'shared.event-guest': SharedEventGuest;
      'shared.geo-point': SharedGeoPoint;
      'shared.key-figure': SharedKeyFigure;
      'shared.nav-item': SharedNavItem;
      'shared.seo': SharedSeo;
    }
  }
}
